package org.dangjian.kit.security.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.auth.contract.TokenClaims;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.JwtAuthentication;
import org.dangjian.kit.security.scope.DataScope;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.UnscopedQueryException;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.MockMvc;

/** Queries through MyBatis-Plus on real MariaDB return only what the caller's scope allows. */
class DataScopeTest extends SecurityKitTestBase {
    @Autowired
    Mappers.DuesRecordMapper dues;
    @Autowired
    Mappers.BranchMapper branches;
    @Autowired
    Mappers.NoticeMapper notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NightlyDuesJob job;
    @Autowired
    MockMvc mvc;

    private final List<Long> ids = new ArrayList<>();

    /** Seven rows across the tree, including /1/123/, whose path starts with the characters "/1/12". */
    @BeforeEach
    void seed() {
        SecurityContextHolder.clearContext();
        jdbc.update("DELETE FROM dj_dues_record");
        jdbc.update("DELETE FROM dj_branch");
        jdbc.update("DELETE FROM dj_notice");
        String[][] rows = {{"/1/12/", "100"}, {"/1/12/345/", "101"}, {"/1/12/345/", "102"}, {"/1/123/", "103"},
                {"/1/13/", "104"}, {"/1/13/678/", "105"}, {"/1/", "106"}};
        ids.clear();
        for (String[] row : rows) {
            DuesRecord r = new DuesRecord(row[0], Long.valueOf(row[1]), 10);
            dues.insert(r);
            ids.add(r.getId());
        }
        for (String path : new String[] {"/1/12/", "/1/12/345/", "/1/123/", "/1/13/"}) {
            branches.insert(new Branch(path, "支部 " + path));
        }
        notices.insert(new Notice("通知一"));
        notices.insert(new Notice("通知二"));
    }

    @AfterEach
    void noCaller() {
        SecurityContextHolder.clearContext();
    }

    private static void callAs(String orgPath, Long memberId, String... roles) {
        Instant now = Instant.now();
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuer(TokenClaims.ISSUER).subject("7").issuedAt(now).expiresAt(now.plusSeconds(900))
                .claim(TokenClaims.USERNAME, "tester").claim(TokenClaims.ORG_ID, "12")
                .claim(TokenClaims.ROLES, List.of(roles));
        if (orgPath != null) {
            jwt.claim(TokenClaims.ORG_PATH, orgPath);
        }
        if (memberId != null) {
            jwt.claim(TokenClaims.MEMBER_ID, memberId.toString());
        }
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthentication().convert(jwt.build()));
    }

    private List<String> visiblePaths() {
        return dues.selectList(null).stream().map(DuesRecord::getOrgPath).toList();
    }

    private List<Long> visibleMembers() {
        return dues.selectList(null).stream().map(DuesRecord::getMemberId).toList();
    }

    @Test
    void an_org_admin_lists_only_its_subtree() {
        callAs("/1/12/", null, CurrentUser.ORG_ADMIN);
        assertThat(visiblePaths()).containsExactlyInAnyOrder("/1/12/", "/1/12/345/", "/1/12/345/");
        assertThat(dues.selectCount(null)).isEqualTo(3);
    }

    @Test
    void a_page_counts_only_the_subtree() {
        callAs("/1/12/", null, CurrentUser.ORG_ADMIN);
        Page<DuesRecord> first = dues.selectPage(Page.of(1, 2), null);
        assertThat(first.getTotal()).isEqualTo(3);
        assertThat(first.getRecords()).hasSize(2);
        Page<DuesRecord> second = dues.selectPage(Page.of(2, 2), null);
        assertThat(second.getTotal()).isEqualTo(3);
        assertThat(second.getRecords()).extracting(DuesRecord::getOrgPath).allMatch(p -> p.startsWith("/1/12/"));
        assertThat(second.getRecords()).hasSize(1);
    }

    @Test
    void the_scope_holds_against_a_query_with_or() {
        callAs("/1/12/", null, CurrentUser.ORG_ADMIN);
        List<DuesRecord> found = dues.selectList(Wrappers.<DuesRecord>lambdaQuery()
                .eq(DuesRecord::getMemberId, 104L).or().eq(DuesRecord::getMemberId, 101L));
        assertThat(found).extracting(DuesRecord::getMemberId).containsExactly(101L);
    }

    @Test
    void a_row_outside_the_subtree_is_not_found_by_id() {
        callAs("/1/12/", null, CurrentUser.ORG_ADMIN);
        assertThat(dues.selectById(ids.get(4))).isNull();
        assertThat(dues.selectById(ids.get(1))).isNotNull();
    }

    @Test
    void a_row_outside_the_subtree_cannot_be_changed_or_deleted() {
        callAs("/1/12/", null, CurrentUser.ORG_ADMIN);
        DuesRecord theirs = new DuesRecord();
        theirs.setId(ids.get(4));
        theirs.setAmount(999);
        assertThat(dues.updateById(theirs)).isZero();
        assertThat(dues.deleteById(ids.get(5))).isZero();
        assertThat(dues.delete(null)).isEqualTo(3);

        SecurityContextHolder.clearContext();
        DataScope.unscoped("test: check what is left", () -> {
            assertThat(dues.selectById(ids.get(4)).getAmount()).isEqualTo(10);
            assertThat(visiblePaths()).containsExactlyInAnyOrder("/1/123/", "/1/13/", "/1/13/678/", "/1/");
        });
    }

    @Test
    void hand_written_sql_with_aliases_and_joins_is_scoped() {
        callAs("/1/12/", null, CurrentUser.ORG_ADMIN);
        assertThat(dues.withBranchAtLeast(1)).extracting(DuesRecord::getMemberId)
                .containsExactlyInAnyOrder(100L, 101L, 102L);
    }

    @Test
    void an_auditor_reads_its_subtree() {
        callAs("/1/13/", null, CurrentUser.AUDITOR);
        assertThat(visiblePaths()).containsExactlyInAnyOrder("/1/13/", "/1/13/678/");
        assertThat(branches.selectList(null)).extracting(Branch::getOrgPath).containsExactly("/1/13/");
    }

    @Test
    void a_member_reads_only_their_own_rows() {
        callAs("/1/12/345/", 102L, CurrentUser.MEMBER);
        assertThat(visibleMembers()).containsExactly(102L);
        assertThat(dues.selectPage(Page.of(1, 10), null).getTotal()).isEqualTo(1);
    }

    @Test
    void a_member_reads_nothing_of_a_table_without_a_member_column() {
        callAs("/1/12/345/", 102L, CurrentUser.MEMBER);
        assertThat(branches.selectList(null)).isEmpty();
    }

    @Test
    void tables_that_belong_to_no_organisation_are_not_scoped() {
        callAs("/1/12/345/", 102L, CurrentUser.MEMBER);
        assertThat(notices.selectList(null)).hasSize(2);
    }

    @Test
    void the_city_admin_sees_everything() {
        callAs("/1/", null, CurrentUser.CITY_ADMIN);
        assertThat(dues.selectCount(null)).isEqualTo(7);
        assertThat(branches.selectCount(null)).isEqualTo(4);
    }

    @Test
    void a_query_on_organisation_owned_data_without_a_caller_fails() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> dues.selectCount(null)).hasRootCauseInstanceOf(UnscopedQueryException.class);
        assertThatThrownBy(() -> dues.selectById(ids.get(0))).hasRootCauseInstanceOf(UnscopedQueryException.class);
        assertThatThrownBy(() -> branches.delete(null)).hasRootCauseInstanceOf(UnscopedQueryException.class);
        assertThatThrownBy(() -> job.countWithoutReason()).hasRootCauseInstanceOf(UnscopedQueryException.class);
        assertThatThrownBy(() -> ScopedSql.of("SELECT COUNT(*) FROM dj_dues_record"))
                .isInstanceOf(UnscopedQueryException.class);
        assertThat(DataScope.unscoped("test: count what is left", () -> branches.selectCount(null)))
                .as("nothing was deleted").isEqualTo(4);
    }

    @Test
    void a_service_token_is_no_caller_and_needs_a_declared_reason_too() {
        Instant now = Instant.now();
        Jwt service = Jwt.withTokenValue("t").header("alg", "RS256").issuer(TokenClaims.ISSUER)
                .subject(TokenClaims.SERVICE_SUBJECT_PREFIX + "notify-service").issuedAt(now).expiresAt(now.plusSeconds(600))
                .claim(TokenClaims.ROLES, List.of(TokenClaims.SERVICE_ROLE)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthentication().convert(service));
        assertThatThrownBy(() -> dues.selectCount(null)).hasRootCauseInstanceOf(UnscopedQueryException.class);
        assertThat(job.countAll()).isEqualTo(7);
    }

    @Test
    void work_that_declares_why_it_is_unscoped_sees_everything() {
        SecurityContextHolder.clearContext();
        assertThat(job.countAll()).as("@Unscoped on a bean's method").isEqualTo(7);
        assertThat(dues.countCityWide()).as("@Unscoped on a mapper method").isEqualTo(7);
        assertThat(DataScope.unscoped("test: a block", () -> branches.selectCount(null))).isEqualTo(4);
        assertThat(notices.selectCount(null)).as("a table no organisation owns needs nothing").isEqualTo(2);
    }

    @Test
    void sql_run_outside_mappers_is_scoped_by_the_kit_in_the_same_way() {
        callAs("/1/12/", null, CurrentUser.ORG_ADMIN);
        String scoped = ScopedSql.of("SELECT d.member_id FROM dj_dues_record d JOIN dj_branch b ON b.org_path = d.org_path"
                + " WHERE d.amount >= ? ORDER BY d.member_id");
        assertThat(jdbc.queryForList(scoped, Long.class, 1)).containsExactly(100L, 101L, 102L);
        callAs("/1/", null, CurrentUser.CITY_ADMIN);
        assertThat(jdbc.queryForList(ScopedSql.of("SELECT member_id FROM dj_dues_record"), Long.class)).hasSize(7);
        callAs("/1/12/345/", 102L, CurrentUser.MEMBER);
        assertThat(jdbc.queryForList(ScopedSql.of("SELECT member_id FROM dj_dues_record"), Long.class)).containsExactly(102L);
    }

    @Test
    void a_malformed_org_path_sees_nothing() {
        callAs("/1/12", null, CurrentUser.ORG_ADMIN);
        assertThat(dues.selectList(null)).isEmpty();
        callAs(null, null, CurrentUser.ORG_ADMIN);
        assertThat(dues.selectList(null)).isEmpty();
        callAs("/1/12/", null);
        assertThat(dues.selectList(null)).isEmpty();
    }

    @Test
    void a_page_over_http_with_a_real_token_is_scoped() throws Exception {
        mvc.perform(get("/api/probe/dues").param("size", "2")
                        .header("Authorization", "Bearer " + TestTokens.orgAdmin(5L, 12L, "/1/12/")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2));
        mvc.perform(get("/api/probe/dues")
                        .header("Authorization", "Bearer " + TestTokens.orgAdmin(6L, 13L, "/1/13/")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].orgPath").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.startsWith("/1/13/"))));
        mvc.perform(get("/api/probe/dues").header("Authorization", "Bearer " + TestTokens.cityAdmin(1L, "/1/")))
                .andExpect(jsonPath("$.total").value(7));
    }
}
