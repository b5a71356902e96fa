package org.dangjian.member.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.infra.Infrastructure;
import org.dangjian.kit.testkit.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V30 codes the member record: rows as the migrations before it left them, with the demo data's free-text native
 * places and occupations (demo-data's {@code People} before issue 18) and the six education bands, are migrated
 * without loss: what names exactly one region or category becomes its code, the rest stays as text, and every
 * changed value's old form is in the member's history.
 */
class MemberCodesMigrationTest {
    private static final String[] DEMO_NATIVE_PLACES = {"江苏昆山", "江苏苏州", "江苏南通", "江苏盐城", "安徽阜阳", "河南周口",
            "山东临沂", "浙江嘉兴", "上海"};
    private static final String[] DEMO_OCCUPATIONS = {"企业职工", "农牧渔民", "机关干部", "专业技术人员", "教师", "医务人员",
            "企业管理人员", "离退休人员", "社会组织从业人员", "学生"};
    private static final String[] EDUCATIONS = {"POSTGRADUATE", "BACHELOR", "COLLEGE", "SECONDARY_VOCATIONAL",
            "HIGH_SCHOOL", "JUNIOR_OR_BELOW"};
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void membersAsTheMigrationsBeforeLeftThem() {
        Infrastructure infra = SharedInfrastructure.get();
        String url = SharedInfrastructure.schema("dj_member_v30_migration");
        DriverManagerDataSource ds = new DriverManagerDataSource(url, infra.dbUser(), infra.dbPassword());
        jdbc = new JdbcTemplate(ds);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        // up to the migration before V30, whichever number the other branches of issue 18 gave theirs
        MigrationVersion before = Arrays.stream(Flyway.configure().dataSource(ds).locations("classpath:db/migration").load()
                        .info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(MigrationVersion.fromVersion("30")) < 0).max(Comparator.naturalOrder()).orElseThrow();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(before).load().migrate();
        long id = 0;
        for (String place : DEMO_NATIVE_PLACES) {
            insert(++id, place, null, null);
        }
        for (String occupation : DEMO_OCCUPATIONS) {
            insert(++id, null, occupation, null);
        }
        for (String education : EDUCATIONS) {
            insert(++id, null, null, education);
        }
        insert(101, "朝阳", "船员", null);
        insert(102, "江苏省苏州市昆山市", "08", "BACHELOR");
        insert(103, null, null, null);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    private static void insert(long id, String nativePlace, String occupation, String education) {
        jdbc.update("INSERT INTO member (id, org_id, org_path, name, gender, id_number_enc, id_number_idx, id_number_masked,"
                        + " birth_date, join_date, standing, state, native_place, occupation, education, created_at, updated_at)"
                        + " VALUES (?, 7, '/1/3/7/', ?, 'MALE', 'enc', ?, 'masked', '1980-01-01', '2010-07-01', 'FULL', 'ACTIVE',"
                        + " ?, ?, ?, NOW(6), NOW(6))",
                id, "党员" + id, String.format("%064d", id), nativePlace, occupation, education);
    }

    private static Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT native_place, native_place_text, occupation, occupation_text, education,"
                + " education_mode FROM member WHERE id = ?", id);
    }

    private static List<String> column(String column, long fromId, int count) {
        return jdbc.queryForList("SELECT " + column + " FROM member WHERE id BETWEEN ? AND ? ORDER BY id", String.class,
                fromId, fromId + count - 1);
    }

    @Test
    void existingFreeTextMigratesWithoutLoss() {
        assertThat(column("native_place", 1, DEMO_NATIVE_PLACES.length)).as("the demo's native places").containsExactly(
                "320583", "320500", "320600", "320900", "341200", "411600", "371300", "330400", "310000");
        assertThat(column("occupation", 10, DEMO_OCCUPATIONS.length)).as("the demo's occupations").containsExactly(
                "01", "02", "05", "03", "03", "03", "04", "08", "07", "06");
        assertThat(row(101)).as("names no single region or category: kept as typed")
                .containsEntry("native_place", null).containsEntry("native_place_text", "朝阳")
                .containsEntry("occupation", null).containsEntry("occupation_text", "船员");
        assertThat(row(102)).containsEntry("native_place", "320583").containsEntry("native_place_text", null)
                .containsEntry("occupation", "08").containsEntry("occupation_text", null);
        assertThat(row(103)).containsEntry("native_place", null).containsEntry("native_place_text", null)
                .containsEntry("occupation", null).containsEntry("education", null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member", Integer.class)).isEqualTo(28);
    }

    @Test
    void educationBandsBecomeTheirGbT4658Level() {
        assertThat(column("education", 20, EDUCATIONS.length)).containsExactly("10", "20", "30", "40", "60", "70");
        assertThat(row(102)).containsEntry("education", "20").containsEntry("education_mode", null);
    }

    @Test
    void historyKeepsEveryOldValue() {
        assertThat(jdbc.queryForList("SELECT CONCAT(field, ':', old_value, '>', new_value) FROM member_change"
                + " WHERE member_id = 1 AND actor_username = 'migration:V30'", String.class))
                .containsExactly("nativePlace:江苏昆山>320583");
        assertThat(jdbc.queryForList("SELECT CONCAT(field, ':', old_value, '>', new_value) FROM member_change"
                + " WHERE member_id = 25 AND actor_username = 'migration:V30'", String.class))
                .containsExactly("education:JUNIOR_OR_BELOW>70");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_change WHERE actor_username = 'migration:V30'"
                + " AND member_id IN (101, 102, 103)", Integer.class)).as("unchanged or kept as text: nothing to record")
                .isEqualTo(2);
    }
}
