package org.dangjian.transfer.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.inCity;

import java.util.Map;
import org.dangjian.contracts.transfer.TransferExpired;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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

    /** A member of {@code branch}, announced as member-service announces one, once this service's roster has them. */
    private long member(long branch, String name) {
        return known(jdbc, announceMember(branch, name));
    }

    /** Registers an in-city transfer of {@code member} to {@code toBranch} as the city administrator. */
    private long registerInCity(long member, long toBranch) {
        return ok(post(cityAdmin, "/api/transfers", inCity(member, toBranch, today()))).get("id").asLong();
    }
}
