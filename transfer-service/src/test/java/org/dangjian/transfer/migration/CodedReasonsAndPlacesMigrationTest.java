package org.dangjian.transfer.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dangjian.kit.infra.Infrastructure;
import org.dangjian.kit.testkit.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V10 and V11 give existing transfers their codes: rows as V4 left them (free-text reasons, addresses typed whole,
 * the across-provinces flag ticked by hand) migrate without losing a word.
 */
class CodedReasonsAndPlacesMigrationTest {
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void transfersAsV4LeftThem() {
        Infrastructure infra = SharedInfrastructure.get();
        String url = SharedInfrastructure.schema("dj_transfer_v11_migration");
        DriverManagerDataSource ds = new DriverManagerDataSource(url, infra.dbUser(), infra.dbPassword());
        jdbc = new JdbcTemplate(ds);
        flyway(ds).cleanDisabled(false).load().clean();
        flyway(ds).target("4").load().migrate();
        insert(1, "IN_CITY", "工作调动", null, false);
        insert(2, "IN_CITY", "工作调动至昆山市玉山镇人民政府", null, false);
        insert(3, "OUT_OF_CITY", "随配偶迁居", "浙江省杭州市西湖区文三路 90 号", false);
        insert(4, "OUT_OF_CITY", "个人原因", "张江路 1 号", true);
        insert(5, "INTO_CITY", "退伍", "江苏省南京市玄武区中山路 1 号", true);
        flyway(ds).load().migrate();
    }

    private static FluentConfiguration flyway(DriverManagerDataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .javaMigrations(new CodedReasonsAndPlaces("320583"));
    }

    private static void insert(long id, String kind, String reason, String address, boolean acrossProvinces) {
        jdbc.update("INSERT INTO transfer (id, member_id, member_name, kind, status, external_address, across_provinces,"
                        + " reason, planned_date, registered_by, registered_at) VALUES (?, ?, '党员', ?, 'COMPLETED', ?, ?, ?,"
                        + " '2026-01-05', 1, NOW(6))",
                id, 100 + id, kind, address, acrossProvinces, reason);
    }

    private static Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT reason_code, reason_note, external_region, external_address, across_provinces"
                + " FROM transfer WHERE id = ?", id);
    }

    @Test
    void existingReasonsAndAddressesMigrateWithoutLoss() {
        assertThat(row(1)).as("the label itself: nothing more to keep")
                .containsEntry("reason_code", "01").containsEntry("reason_note", null);
        assertThat(row(2)).containsEntry("reason_code", "01").containsEntry("reason_note", "工作调动至昆山市玉山镇人民政府");
        assertThat(row(4)).as("no reason named: 其他, the text kept")
                .containsEntry("reason_code", "99").containsEntry("reason_note", "个人原因");

        assertThat(row(3)).containsEntry("reason_code", "07").containsEntry("external_region", "330106")
                .containsEntry("external_address", "文三路 90 号")
                .as("Zhejiang: across provinces although nobody ticked it").containsEntry("across_provinces", true);
        assertThat(row(5)).containsEntry("reason_code", "05").containsEntry("external_region", "320102")
                .as("Nanjing is in Jiangsu: the ticked flag gives way to the codes").containsEntry("across_provinces", false);
        assertThat(row(4)).as("an address that names no division keeps its text and its flag")
                .containsEntry("external_region", null).containsEntry("external_address", "张江路 1 号")
                .containsEntry("across_provinces", true);
    }
}
