package org.dangjian.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import java.time.LocalDate;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.cadre.CadreQuarterOverdue;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.SettableClock;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 23: an organisation that has not confirmed its cadres for the quarter by the due date is named in the daily
 * digest of its own administrators and of those above it (the superior sees who lags), not of its neighbours.
 */
@StubbedProviders
class CadreQuarterOverdueDigestTest extends TreeApiTest {
    private static final String CADRES = "notify-service.cadres";
    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;
    @Autowired
    SettableClock time;
    @Autowired
    AdministratorDigests digests;

    @BeforeEach
    void noon() {
        time.noonToday();
    }

    @Test
    void anOverdueQuarterlyUpdateIsInTheDigestOfTheOrganisationAndItsSuperior() {
        String secretaryPhone = phone();
        long secretary = recipients.administrator(branchA, pathOf(branchA), "村书记", secretaryPhone);
        String townPhone = phone();
        long town = recipients.administrator(town1, pathOf(town1), "镇组织委员", townPhone);
        long neighbour = recipients.administrator(branchB, pathOf(branchB), "邻村书记", phone());

        publish(new CadreQuarterOverdue(branchA, pathOf(branchA), "2026-Q3", "2026年第三季度",
                LocalDate.of(2026, 10, 10)));
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingOf(secretary) == 1 && pendingOf(town) == 1);
        awaitConsumed(CADRES, Topics.CADRE);

        JsonNode pending = body(get(TestTokens.orgAdmin(town, town1, pathOf(town1)), "/api/notifications/digest"));
        assertThat(pending.get(0).get("kind").asString()).isEqualTo("CADRE_QUARTER_OVERDUE");
        assertThat(pending.get(0).get("orgId").asLong()).isEqualTo(branchA);
        assertThat(pending.get(0).get("subject").asString()).isEqualTo("2026年第三季度干部信息未按期确认（截止2026年10月10日）");
        assertThat(pendingOf(neighbour)).as("a neighbouring village's administrator hears nothing of it").isZero();

        digests.send(today());
        await().atMost(Duration.ofSeconds(30)).until(() -> !provider.sentTo(townPhone).isEmpty());
        assertThat(provider.sentTo(townPhone).get(0).text()).contains("干部信息季度更新逾期1项");
    }

    private int pendingOf(long account) {
        return count("SELECT COUNT(*) FROM digest_item WHERE account_id = ? AND digest_day IS NULL", account);
    }
}
