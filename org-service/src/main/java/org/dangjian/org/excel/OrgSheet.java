package org.dangjian.org.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dangjian.kit.excel.ImportCodes;
import org.dangjian.kit.excel.SheetLayout;
import org.dangjian.org.tree.OrgCategory;
import org.dangjian.org.tree.OrgType;

/**
 * The columns of the organisation workbook. The import template, the export and the error file share
 * them, so that an export or a corrected error file can be imported again as it is.
 */
final class OrgSheet {
    static final String CODE = "组织编码";
    static final String NAME = "组织名称";
    static final String PARENT_CODE = "上级组织编码";
    static final String TYPE = "组织类型";
    static final String CATEGORY = "组织类别";
    static final String SHORT_NAME = "简称";
    static final String SORT_ORDER = "排序";

    /** The first five header cells, exactly in this order. */
    static final List<String> REQUIRED = List.of(CODE, NAME, PARENT_CODE, TYPE, CATEGORY);

    static final String SHEET = "组织";
    /** Everything the template, the export and the error file write, in this order. */
    static final SheetLayout LAYOUT = new SheetLayout(SHEET, REQUIRED, List.of(SHORT_NAME, SORT_ORDER));
    /** Message codes of the upload checks, {@code ORG_IMPORT_*} in problems*.properties. */
    static final ImportCodes CODES = new ImportCodes("ORG_IMPORT");

    private OrgSheet() {
    }

    /** The Chinese label; the enum name is accepted too, for files produced by other tools. */
    static Optional<OrgType> type(String text) {
        return Arrays.stream(OrgType.values())
                .filter(t -> t.label().equals(text) || t.name().equals(text))
                .findFirst();
    }

    static Optional<OrgCategory> category(String text) {
        return OrgCategory.parse(text);
    }

    static String typeLabels() {
        return String.join("、", Arrays.stream(OrgType.values()).map(OrgType::label).toList());
    }

    static String categoryLabels() {
        return String.join("、", Arrays.stream(OrgCategory.values()).map(OrgCategory::label).toList());
    }
}
