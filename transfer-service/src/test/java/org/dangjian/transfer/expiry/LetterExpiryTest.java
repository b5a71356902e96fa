package org.dangjian.transfer.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.inCity;

import java.time.LocalDate;
import java.util.Map;
import org.dangjian.contracts.transfer.TransferExpired;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.web.devmode.DevelopmentMode;
import org.dangjian.kit.web.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Letters that ran out unreported end their transfers: every night with no one calling, or on demand. */
class LetterExpiryTest extends TreeApiTest {
    @Autowired
    DailyLetterExpiry nightly;

    @Test
    void the_nightly_run_ends_a_transfer_whose_letter_ran_out_with_no_one_calling() {
        long id = registerInCity(member(branchA, "袁一"), branchB);
        post(town1Admin, "/api/transfers/" + id + "/approve", Map.of());
        jdbc.update("UPDATE transfer SET letter_valid_until = ? WHERE id = ?", today().minusDays(1), id);

        nightly.expireToday();

        assertThat(body(get(branchAAdmin, "/api/transfers/" + id)).get("status").asString()).isEqualTo("EXPIRED");
        assertThat(outboxCount(TransferExpired.TYPE, id)).isEqualTo(1);
    }

    @Test
    void only_the_city_administrator_runs_it_on_demand() {
        MvcTestResult byTown = post(town1Admin, "/api/transfers/expiry/run", Map.of());
        assertThat(byTown.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(byTown).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(body(byTown).get("detail").asString()).isEqualTo("此操作仅限市级管理员。");

        MvcTestResult byCity = post(cityAdmin, "/api/transfers/expiry/run", Map.of());
        assertThat(byCity.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(byCity).get("date").asString()).isEqualTo(today().toString());
    }

    /** Tests run in development mode, like a rehearsal platform: a run for a day to come ends letters early. */
    @Test
    void in_development_mode_the_run_on_demand_may_be_for_a_day_to_come() {
        long id = registerInCity(member(branchA, "袁二"), branchB);
        JsonNode approved = body(post(town1Admin, "/api/transfers/" + id + "/approve", Map.of()));
        LocalDate validUntil = LocalDate.parse(approved.get("reportBy").asString());

        MvcTestResult run = post(cityAdmin, "/api/transfers/expiry/run?date=" + validUntil.plusDays(1), Map.of());

        assertThat(run.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(run).get("date").asString()).isEqualTo(validUntil.plusDays(1).toString());
        assertThat(body(get(branchAAdmin, "/api/transfers/" + id)).get("status").asString()).isEqualTo("EXPIRED");
    }

    /** Outside development mode a day to come would end letters that are still valid: refused before anything runs. */
    @Test
    void outside_development_mode_a_day_to_come_is_refused() {
        var production = new LetterExpiryController(null, clock, new DevelopmentMode(false));

        ApiException refused = catchThrowableOfType(ApiException.class, () -> production.run(today().plusDays(1)));

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.fieldProblems()).extracting(ApiException.FieldProblem::field).containsExactly("date");
    }

    /** A member of {@code branch}, announced as member-service announces one, once this service's roster has them. */
    private long member(long branch, String name) {
        return known(jdbc, announceMember(branch, name));
    }

    /** Registers an in-city transfer of {@code member} to {@code toBranch} as the city administrator. */
    private long registerInCity(long member, long toBranch) {
        return ok(post(cityAdmin, "/api/transfers", inCity(member, toBranch, today()))).get("id").asLong();
    }
}
