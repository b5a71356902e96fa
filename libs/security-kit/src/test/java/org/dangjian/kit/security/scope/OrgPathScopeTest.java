package org.dangjian.kit.security.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Table;
import org.dangjian.kit.security.CurrentUser;
import org.junit.jupiter.api.Test;

/** The condition each kind of caller gets on an org-scoped table, as SQL. */
class OrgPathScopeTest {
    @OrgScoped
    static class Branch {
    }

    @OrgScoped(memberColumn = "member_id")
    static class DuesRecord {
    }

    @OrgScoped(orgPathColumn = "owner_path", memberColumn = "owner_member_id")
    static class Custom {
    }

    @OrgScoped(orgPathColumn = "from_org_path", moreOrgPathColumns = "to_org_path", memberColumn = "member_id")
    static class Transfer {
    }

    @OrgScoped(applicantColumn = "case_id")
    static class CaseStep {
    }

    private static final Table DUES = new Table("dj_dues_record");
    private static final Table BRANCH = new Table("dj_branch");

    private static CurrentUser user(String orgPath, Long memberId, String... roles) {
        return new CurrentUser(7L, "u", 12L, orgPath, Set.of(roles), memberId);
    }

    private static String sql(Table table, Class<?> entity, CurrentUser user) {
        Expression e = OrgPathScope.condition(table, entity.getAnnotation(OrgScoped.class), user);
        return e == null ? null : e.toString();
    }

    @Test
    void an_org_admin_sees_its_subtree_by_path_prefix() {
        assertThat(sql(DUES, DuesRecord.class, user("/1/12/", null, CurrentUser.ORG_ADMIN)))
                .isEqualTo("dj_dues_record.org_path LIKE '/1/12/%'");
        assertThat(sql(BRANCH, Branch.class, user("/1/12/", null, CurrentUser.ORG_ADMIN)))
                .isEqualTo("dj_branch.org_path LIKE '/1/12/%'");
    }

    @Test
    void a_row_of_two_organisations_is_seen_from_either_side() {
        assertThat(sql(new Table("transfer"), Transfer.class, user("/1/12/", null, CurrentUser.ORG_ADMIN)))
                .isEqualTo("(transfer.from_org_path LIKE '/1/12/%' OR transfer.to_org_path LIKE '/1/12/%')");
        assertThat(sql(new Table("transfer"), Transfer.class, user("/1/12/", 9L, CurrentUser.MEMBER)))
                .isEqualTo("transfer.member_id = 9");
    }

    @Test
    void an_auditor_sees_its_subtree_too() {
        assertThat(sql(DUES, DuesRecord.class, user("/1/13/678/", null, CurrentUser.AUDITOR)))
                .isEqualTo("dj_dues_record.org_path LIKE '/1/13/678/%'");
    }

    @Test
    void the_condition_uses_the_table_alias_and_the_entity_columns() {
        Table aliased = new Table("dj_custom");
        aliased.setAlias(new Alias("c", false));
        assertThat(sql(aliased, Custom.class, user("/1/", null, CurrentUser.ORG_ADMIN)))
                .isEqualTo("c.owner_path LIKE '/1/%'");
        assertThat(sql(aliased, Custom.class, user("/1/", 55L, CurrentUser.MEMBER)))
                .isEqualTo("c.owner_member_id = 55");
    }

    @Test
    void a_member_sees_their_own_rows_where_the_table_names_a_member() {
        assertThat(sql(DUES, DuesRecord.class, user("/1/12/345/", 101L, CurrentUser.MEMBER)))
                .isEqualTo("dj_dues_record.member_id = 101");
    }

    @Test
    void a_member_sees_nothing_where_the_table_names_no_member() {
        assertThat(sql(BRANCH, Branch.class, user("/1/12/345/", 101L, CurrentUser.MEMBER))).isEqualTo("1 = 0");
    }

    @Test
    void a_member_without_a_member_id_sees_nothing() {
        assertThat(sql(DUES, DuesRecord.class, user("/1/12/345/", null, CurrentUser.MEMBER))).isEqualTo("1 = 0");
    }

    @Test
    void an_org_admin_who_is_also_a_member_gets_the_wider_subtree() {
        assertThat(sql(DUES, DuesRecord.class, user("/1/12/", 101L, CurrentUser.ORG_ADMIN, CurrentUser.MEMBER)))
                .isEqualTo("dj_dues_record.org_path LIKE '/1/12/%'");
    }

    @Test
    void a_malformed_path_sees_nothing() {
        for (String bad : new String[] {null, "", "/", "/1/12", "1/12/", "/1/12/%", "/1/_/", "/1/12/' OR '1'='1"}) {
            assertThat(sql(DUES, DuesRecord.class, user(bad, null, CurrentUser.ORG_ADMIN)))
                    .as("org path %s", bad).isEqualTo("1 = 0");
        }
    }

    @Test
    void an_applicant_sees_nothing_of_anyone() {
        assertThat(sql(DUES, DuesRecord.class, user("/1/12/345/", null, CurrentUser.APPLICANT))).isEqualTo("1 = 0");
        assertThat(sql(BRANCH, Custom.class, user("/1/12/345/", null, CurrentUser.APPLICANT))).isEqualTo("1 = 0");
    }

    @Test
    void an_applicant_sees_their_own_rows_where_the_table_names_the_applicant() {
        Table steps = new Table("case_step");
        assertThat(OrgPathScope.condition(steps, CaseStep.class.getAnnotation(OrgScoped.class),
                user("/1/12/345/", null, CurrentUser.APPLICANT), 44L).toString()).isEqualTo("case_step.case_id = 44");
        assertThat(OrgPathScope.condition(steps, CaseStep.class.getAnnotation(OrgScoped.class),
                user("/1/12/345/", null, CurrentUser.APPLICANT), null).toString()).as("no case in the token").isEqualTo("1 = 0");
        assertThat(OrgPathScope.condition(DUES, DuesRecord.class.getAnnotation(OrgScoped.class),
                user("/1/12/345/", null, CurrentUser.APPLICANT), 44L).toString()).isEqualTo("1 = 0");
        assertThat(OrgPathScope.condition(steps, CaseStep.class.getAnnotation(OrgScoped.class),
                user("/1/12/345/", 9L, CurrentUser.MEMBER), 44L).toString()).as("only the applicant role").isEqualTo("1 = 0");
    }

    @Test
    void a_caller_with_no_known_role_sees_nothing() {
        assertThat(sql(DUES, DuesRecord.class, user("/1/12/", 101L))).isEqualTo("1 = 0");
        assertThat(sql(DUES, DuesRecord.class, user("/1/12/", 101L, "SOMETHING_NEW"))).isEqualTo("1 = 0");
    }

    @Test
    void a_table_of_no_org_scoped_entity_gets_no_condition() {
        assertThat(new OrgPathScope().getSqlSegment(new Table("not_an_entity_table"), null, "x.y")).isNull();
    }
}
