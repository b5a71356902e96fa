package org.dangjian.org.excel;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an accepted import as the API document declares it: the excel kit writes it as
 * {@code {"imported": n}} ({@code ImportRejections.applyOrAnswer}).
 */
@Schema(description = "导入结果。The outcome of an accepted import.")
public record OrgImportResult(
        @Schema(description = "新建的组织数。How many organisations were created.", example = "12") int imported) {
}
