package org.dangjian.member.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dangjian.kit.infra.Infrastructure;
import org.dangjian.kit.testkit.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9 turns the one status column into standing, state with a coded leave reason, and mobility: rows in
 * the shape V8 left them (the statuses and reasons found in demo data and earlier code) are migrated
 * without loss, and each row whose meaning changed keeps its old status in its history.
 */
class StandingMigrationTest {
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void membersAsV8LeftThem() {
        Infrastructure infra = SharedInfrastructure.get();
        String url = SharedInfrastructure.schema("dj_member_v9_migration");
        DriverManagerDataSource ds = new DriverManagerDataSource(url, infra.dbUser(), infra.dbPassword());
        jdbc = new JdbcTemplate(ds);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("8").load().migrate();
        insert(1, "FULL", null, "2011-07-01", null);
        insert(2, "PROBATIONARY", null, null, null);
        insert(3, "MOBILE", null, "2012-07-01", "上海市");
        insert(4, "MOBILE", null, null, "苏州市");
        insert(5, "LEFT", "TRANSFERRED_OUT", "2012-07-01", null);
        insert(6, "LEFT", "PROBATION_CANCELLED", null, null);
        insert(7, "LEFT", "VOLUNTARY", "2012-07-01", null);
        insert(8, "LEFT", "搬家了", "2012-07-01", null);
        insert(9, "DECEASED", null, "2012-07-01", null);
        insert(10, "SUSPENDED", null, null, null);
        jdbc.update("INSERT INTO member_change (member_id, at, actor_username, field, old_value, new_value)"
                + " VALUES (3, NOW(6), 'admin', 'status', 'FULL', 'MOBILE')");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    private static void insert(long id, String status, String reason, String fullDate, String mobileCity) {
        jdbc.update("INSERT INTO member (id, org_id, org_path, name, gender, id_number_enc, id_number_idx, id_number_masked,"
                        + " birth_date, join_date, status, status_reason, status_date, full_date, mobile_city, created_at,"
                        + " updated_at) VALUES (?, 7, '/1/3/7/', ?, 'MALE', 'enc', ?, 'masked', '1980-01-01', '2010-07-01', ?,"
                        + " ?, '2020-05-01', ?, ?, NOW(6), NOW(6))",
                id, "党员" + id, String.format("%064d", id), status, reason, fullDate, mobileCity);
    }

    private static Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT standing, state, leave_reason, mobile, mobile_since, mobile_city, status_reason,"
                + " full_date FROM member WHERE id = ?", id);
    }

    @Test
    void existingMobileRowsBecomeTheirStandingWithTheMobilityFlag() {
        assertThat(row(3)).containsEntry("standing", "FULL").containsEntry("state", "ACTIVE")
                .containsEntry("mobile", true).containsEntry("mobile_city", "上海市");
        assertThat(row(3).get("mobile_since").toString()).isEqualTo("2020-05-01");
        assertThat(row(4)).as("never confirmed: probationary").containsEntry("standing", "PROBATIONARY")
                .containsEntry("mobile", true);
    }

    @Test
    void existingLeftRowsGetACodedReasonAndUnknownReasonsStayVisible() {
        assertThat(row(5)).containsEntry("state", "LEFT").containsEntry("leave_reason", "TRANSFERRED_OUT");
        assertThat(row(6)).containsEntry("leave_reason", "PROBATION_CANCELLED").containsEntry("standing", "PROBATIONARY");
        assertThat(row(7)).containsEntry("leave_reason", "WITHDREW");
        assertThat(row(8)).containsEntry("leave_reason", "UNSPECIFIED").containsEntry("status_reason", "搬家了");
        assertThat(row(9)).containsEntry("state", "LEFT").containsEntry("leave_reason", "DECEASED")
                .containsEntry("standing", "FULL");
    }

    @Test
    void activeAndSuspendedRowsKeepTheirStanding() {
        assertThat(row(1)).containsEntry("standing", "FULL").containsEntry("state", "ACTIVE").containsEntry("mobile", false);
        assertThat(row(2)).containsEntry("standing", "PROBATIONARY").containsEntry("state", "ACTIVE");
        assertThat(row(10)).containsEntry("standing", "PROBATIONARY").containsEntry("state", "SUSPENDED")
                .containsEntry("leave_reason", null);
    }

    @Test
    void noRowIsLostAndHistoryKeepsTheOldStatus() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member", Integer.class)).isEqualTo(10);
        List<String> history = jdbc.queryForList("SELECT CONCAT(actor_username, ':', old_value, '>', new_value)"
                + " FROM member_change WHERE member_id = 3 ORDER BY id", String.class);
        assertThat(history).containsExactly("admin:FULL>MOBILE", "migration:V9:MOBILE>FULL ACTIVE MOBILE");
        assertThat(jdbc.queryForObject("SELECT new_value FROM member_change WHERE member_id = 8 AND actor_username = 'migration:V9'",
                String.class)).isEqualTo("FULL LEFT UNSPECIFIED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_change WHERE actor_username = 'migration:V9'",
                Integer.class)).as("every row whose meaning changed").isEqualTo(8);
    }
}
