package org.dangjian.kit.privacy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.privacy.retention.Retention;
import org.dangjian.kit.privacy.retention.RetentionProperties;
import org.dangjian.kit.privacy.retention.OldRowsErased;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Personal data past its period is erased each night, on record, and an administrator sees what is due (item 14). */
@SpringBootTest(classes = PrivacyKitTestApp.class)
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_privacy_kit_test")
class RetentionTest {
    private static final String CITY_ADMIN = TestTokens.cityAdmin(1L, "/1/");
    private static final String TOWN_ADMIN = TestTokens.orgAdmin(12L, 12L, "/1/12/");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcClient client;
    @Autowired
    Retention retention;
    @Autowired
    Clock clock;

    @Test
    void readsOfClearNumbersOlderThanThreeYearsAreErasedAndTheErasureIsOnRecord() throws Exception {
        jdbc.update("DELETE FROM sensitive_read_audit");
        LocalDateTime now = LocalDateTime.now(clock);
        insertRead(now.minusYears(4));
        insertRead(now.minusYears(3).minusDays(1));
        insertRead(now.minusYears(1));
        mvc.perform(get("/api/test/retention").header("Authorization", "Bearer " + CITY_ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("SENSITIVE_READ_AUDIT"))
                .andExpect(jsonPath("$[0].period").value("P3Y"))
                .andExpect(jsonPath("$[0].due").value(2));
        mvc.perform(get("/api/test/retention").header("Authorization", "Bearer " + TOWN_ADMIN))
                .andExpect(status().isForbidden());

        Map<String, Integer> done = retention.runAll();

        assertThat(done).containsEntry("SENSITIVE_READ_AUDIT", 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sensitive_read_audit", Integer.class)).isEqualTo(1);
        mvc.perform(get("/api/test/retention").header("Authorization", "Bearer " + CITY_ADMIN))
                .andExpect(jsonPath("$[0].due").value(0))
                .andExpect(jsonPath("$[0].lastRunDone").value(2));
    }

    @Test
    void anAuditRecordCannotBeSetToBeKeptUnderSixMonths() {
        RetentionProperties props = new RetentionProperties();
        props.setPeriods(Map.of("SENSITIVE_READ_AUDIT", Period.ofMonths(3)));
        assertThatThrownBy(() -> new Retention(List.of(new OldRowsErased(client, "SENSITIVE_READ_AUDIT", "敏感信息查看记录",
                Period.ofYears(3), Period.ofMonths(6), "sensitive_read_audit", "at")), props, client, clock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dj.retention.periods.SENSITIVE_READ_AUDIT").hasMessageContaining("P6M");
    }

    private void insertRead(LocalDateTime at) {
        jdbc.update("INSERT INTO sensitive_read_audit (at, actor_id, actor_username, action, subject_id, allowed)"
                + " VALUES (?, 1, 'admin', 'UNMASK', 7, TRUE)", at);
    }
}
