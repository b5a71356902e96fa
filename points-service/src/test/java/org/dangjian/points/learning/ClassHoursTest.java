package org.dangjian.points.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import org.dangjian.contracts.learning.LearningHoursEarned;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Class hours from the Party school add points by the rules, once per event, up to the cap. */
class ClassHoursTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void class_hours_count_once_and_no_more_than_the_cap() {
        long m = members.ranked(announceMember(branchA, "学习者"));
        JsonNode rules = body(get(cityAdmin, "/api/points/rules")).get("rules");
        BigDecimal base = rules.get("base").decimalValue();
        BigDecimal perHour = rules.get("perClassHour").decimalValue();
        BigDecimal cap = rules.get("classHourCap").decimalValue();

        publish(new LearningHoursEarned(m, new BigDecimal("4.5"), "党章学习课程", today()));
        await().atMost(Duration.ofSeconds(30)).until(() -> total(m).compareTo(base) != 0);
        assertThat(total(m)).as("totals keep one decimal").isEqualByComparingTo(
                base.add(perHour.multiply(new BigDecimal("4.5"))).setScale(1, java.math.RoundingMode.HALF_UP));
        assertThat(body(get(branchAAdmin, "/api/points/members/" + m)).get("entries").get(0).get("label").asString())
                .isEqualTo("学习学时");

        publish(new LearningHoursEarned(m, new BigDecimal("200"), "全年网络学习", today()));
        await().atMost(Duration.ofSeconds(30)).until(() -> total(m).compareTo(base.add(cap)) == 0);
    }

    private BigDecimal total(long member) {
        return body(get(cityAdmin, "/api/points/members/" + member)).get("total").decimalValue();
    }
}
