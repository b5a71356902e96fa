package org.dangjian.learning.discussion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A word to add to the list. */
@Schema(name = "SensitiveWordRequest", description = "新增敏感词。A word posts may not contain.")
public record SensitiveWordRequest(
        @Schema(description = "词语。The word.", example = "网络赌博") @NotBlank @Size(max = 50) String word) {
}
