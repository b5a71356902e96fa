package org.dangjian.kit.rules.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.rules.RuleBook;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The kit's routes as a service mounts them: who reads, who changes, and from which day. */
@SpringBootTest(classes = RulesKitTestApp.class)
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_rules_kit_test")
class RuleSetRoutesTest {
    private static final String ADMISSION = "/api/test/rule-sets/admission";
    private static final String CITY_ADMIN = TestTokens.cityAdmin(1L, "/1/");
    private static final String TOWN_ADMIN = TestTokens.orgAdmin(12L, 12L, "/1/12/");
    private static final String MEMBER = TestTokens.token(99L, "member", 345L, "/1/12/345/", List.of("MEMBER"), 99L,
            Duration.ofMinutes(5));

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    RuleBook book;

    private ResultActions change(String token, LocalDate from, int minimumAge) throws Exception {
        return mvc.perform(put(ADMISSION).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"effectiveFrom\":\"" + from + "\",\"source\":\"市委组织部通知\",\"value\":{\"minimumAge\":"
                        + minimumAge + "}}"));
    }

    private ResultActions read(String token) throws Exception {
        return mvc.perform(get(ADMISSION).header("Authorization", "Bearer " + token));
    }

    @Test
    void onlyTheCityAdministratorChangesARuleAndNeverForADayGoneBy() throws Exception {
        LocalDate today = LocalDate.now(clock);
        change(TOWN_ADMIN, today.plusDays(1), 19).andExpect(status().isForbidden());
        change(MEMBER, today.plusDays(1), 19).andExpect(status().isForbidden());
        change(CITY_ADMIN, today.minusDays(1), 19).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
        change(CITY_ADMIN, today.plusDays(1), 17).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value.minimumAge"));

        change(CITY_ADMIN, today.plusDays(1), 19).andExpect(status().isOk())
                .andExpect(jsonPath("$.inForce.value.minimumAge").value(18))
                .andExpect(jsonPath("$.inForce.source").value("党章第一条"))
                .andExpect(jsonPath("$.history[0].value.minimumAge").value(19))
                .andExpect(jsonPath("$.history[0].effectiveFrom").value(today.plusDays(1).toString()))
                .andExpect(jsonPath("$.history[0].source").value("市委组织部通知"))
                .andExpect(jsonPath("$.history[0].setBy").exists());
        read(TOWN_ADMIN).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("admission"));
        read(MEMBER).andExpect(status().isForbidden());
        mvc.perform(get("/api/test/rule-sets/nothing").header("Authorization", "Bearer " + CITY_ADMIN))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("RULE_SET_NOT_FOUND"));
        org.assertj.core.api.Assertions.assertThat(
                book.inForce(new RulesKitTestApp.AdmissionDefinition(), today.plusDays(1)).minimumAge()).isEqualTo(19);
    }
}
