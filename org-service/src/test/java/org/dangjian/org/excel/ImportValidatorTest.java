package org.dangjian.org.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.kit.excel.ImportRejectedException;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.org.excel.ImportPlan.Parent;
import org.dangjian.org.tree.OrgCategory;
import org.dangjian.org.tree.OrgType;
import org.junit.jupiter.api.Test;

class ImportValidatorTest {
    /** Codes in the one format: the region code of Kunshan, then the row's own segments. */
    private static final String K = "320583-";
    private static final Parent CITY = new Parent(1, "/1/", 0, OrgType.COMMITTEE);
    private static final Parent BRANCH = new Parent(7, "/1/7/", 1, OrgType.BRANCH);

    private final ImportValidator validator = new ImportValidator(CITY, Map.of(K + "B7", BRANCH), Set.of(K + "TAKEN"));

    @Test
    void rowsMayNameLaterRowsAsParentsAndAreLevelledParentsFirst() {
        ImportPlan plan = validator.validate(List.of(
                row(2, "B", "G", "党支部"),
                row(3, "G", "T", "党总支"),
                row(4, "T", null, "党委")));

        assertThat(plan.size()).isEqualTo(3);
        assertThat(plan.levels()).hasSize(3);
        assertThat(plan.levels().get(0)).extracting(e -> e.row().code()).containsExactly(K + "T");
        assertThat(plan.levels().get(0).get(0).existingParent()).isEqualTo(CITY);
        assertThat(plan.levels().get(2)).extracting(e -> e.row().code()).containsExactly(K + "B");
    }

    @Test
    void everyBadRowIsReportedWithItsColumn() {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> validator.validate(List.of(
                row(2, null, null, "党委"),
                row(3, "A", null, "党小组"),
                row(4, "A", null, "党委"),
                row(5, "TAKEN", null, "党委"),
                row(6, "X", "NOWHERE", "党支部"),
                row(7, "Y", "B7", "党支部"),
                row(8, "C1", "C2", "党委"),
                row(9, "C2", "C1", "党委"),
                row(10, "C3", "C2", "党委"),
                row(11, "SELF", "SELF", "党委"),
                new OrgRow(12, K + "OK", "好", null, "党委", "火星", null, "一"))));

        assertThat(rejected.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.code()).containsExactly(
                "2:组织编码:ORG_IMPORT_CODE_MISSING",
                "2:组织名称:ORG_IMPORT_NAME_MISSING",
                "3:组织类型:ORG_IMPORT_TYPE_INVALID",
                "4:组织编码:ORG_IMPORT_CODE_DUPLICATE",
                "5:组织编码:ORG_IMPORT_CODE_EXISTS",
                "6:上级组织编码:ORG_IMPORT_PARENT_UNKNOWN",
                "7:上级组织编码:ORG_IMPORT_PARENT_CANNOT_HAVE_CHILDREN",
                "8:上级组织编码:ORG_IMPORT_CYCLE",
                "9:上级组织编码:ORG_IMPORT_CYCLE",
                "11:上级组织编码:ORG_IMPORT_CYCLE",
                "12:组织类别:ORG_IMPORT_CATEGORY_INVALID",
                "12:排序:ORG_IMPORT_SORT_INVALID");
        assertThat(rejected.problems().get(3).args()).containsExactly(K + "A", "3");
    }

    @Test
    void aChildOfABranchRowInTheFileIsRefused() {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> validator.validate(List.of(
                row(2, "B", null, "党支部"),
                row(3, "UNDERB", "B", "党支部"))));
        assertThat(rejected.problems()).extracting(RowProblem::row, RowProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "ORG_IMPORT_PARENT_CANNOT_HAVE_CHILDREN"));
    }

    @Test
    void rowsWithoutParentUnderABranchAdministratorAreRefused() {
        ImportValidator branchAdmin = new ImportValidator(BRANCH, Map.of(), Set.of());
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> branchAdmin.validate(List.of(row(2, "Z", null, "党支部"))));
        assertThat(rejected.problems()).extracting(RowProblem::code).containsExactly("ORG_IMPORT_OWN_ORG_CANNOT_HAVE_CHILDREN");
    }

    @Test
    void importedCodesFollowTheOneFormatOfOrganisationCodes() {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> validator.validate(List.of(
                new OrgRow(2, "KS-ZS", "周市镇党委", null, "党委", "区镇", null, null),
                new OrgRow(3, "329999-ZS", "周市镇党委", null, "党委", "区镇", null, null),
                new OrgRow(4, "320583-ZS", "周市镇党委", null, "党委", "区镇", null, null))));
        assertThat(rejected.problems()).extracting(p -> p.row() + ":" + p.code()).containsExactly(
                "2:ORG_IMPORT_CODE_INVALID", "3:ORG_IMPORT_CODE_REGION_UNKNOWN");
    }

    @Test
    void theFormerLabelOfNonPublicEnterprisesIsStillAcceptedInImports() {
        ImportPlan plan = validator.validate(List.of(
                new OrgRow(2, K + "FG", "市非公有制企业党委", null, "党委", "非公企业", null, null),
                new OrgRow(3, K + "GZ", "市国资系统党委", null, "党委", "国有企业", null, null)));
        assertThat(plan.levels().get(0)).extracting(e -> e.category())
                .containsExactly(OrgCategory.ENTERPRISE, OrgCategory.STATE_OWNED_ENTERPRISE);
    }

    private static OrgRow row(int number, String code, String parent, String type) {
        return new OrgRow(number, code == null ? null : K + code, code == null ? null : code + "党组织",
                parent == null ? null : K + parent, type, "社区", null, null);
    }
}
