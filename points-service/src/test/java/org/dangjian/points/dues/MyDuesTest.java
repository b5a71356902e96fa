package org.dangjian.points.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A member's own dues in the mini-program: each month due, paid or owed, and only their own. */
class MyDuesTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void a_member_sees_each_month_paid_owed_exempt_or_due_and_owes_only_months_before_this_one() {
        long m = members.ranked(announceMember(branchA, "周敏"));
        YearMonth now = YearMonth.now(clock);
        int year = now.getYear();
        int current = now.getMonthValue();
        int exempt = current == 12 ? 11 : 12;
        post(branchAAdmin, "/api/points/dues/bases", Map.of("memberId", m, "year", year, "group", "EMPLOYED", "base", "4000"));
        post(branchAAdmin, "/api/points/dues/payments", Map.of("memberId", m, "months", List.of(now.toString()),
                "amount", "40.00", "paidOn", LocalDate.now(clock).toString()));
        post(branchAAdmin, "/api/points/dues/reductions", Map.of("memberId", m, "year", year, "fromMonth", exempt, "toMonth", exempt,
                "monthlyAmount", "0", "reason", "生活困难", "approvedBy", "支部委员会会议决定", "approvedOn", LocalDate.now(clock).toString()));

        JsonNode mine = body(get(memberToken(m, branchA), "/api/points/dues/mine"));

        assertThat(mine.get("year").asInt()).isEqualTo(year);
        assertThat(mine.get("monthlyAmount").decimalValue()).isEqualByComparingTo("40.00");
        JsonNode months = mine.get("months");
        assertThat(months).hasSize(12);
        for (int month = 1; month <= 12; month++) {
            String expected = month == current ? "PAID" : month == exempt ? "EXEMPT" : month < current ? "OWED" : "DUE";
            assertThat(months.get(month - 1).get("status").asString()).as("month %d", month).isEqualTo(expected);
        }
        assertThat(months.get(current - 1).get("paid").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(months.get(current - 1).get("paidOn").asString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(months.get(exempt - 1).get("statusName").asString()).isEqualTo("免交");
        assertThat(months.get(exempt - 1).get("reduced").asBoolean()).isTrue();
        int owed = current - 1 - (exempt < current ? 1 : 0);
        assertThat(mine.get("paidMonths").asInt()).isEqualTo(1);
        assertThat(mine.get("owedMonths").asInt()).isEqualTo(owed);
        assertThat(mine.get("owedAmount").decimalValue()).isEqualByComparingTo(String.valueOf(40 * owed));
    }

    @Test
    void a_member_reads_only_their_own_dues_and_a_year_without_a_base_shows_no_months() {
        long m = members.ranked(announceMember(branchA, "孙立"));
        long other = members.ranked(announceMember(branchA, "钱进"));
        int year = YearMonth.now(clock).getYear();
        post(branchAAdmin, "/api/points/dues/bases", Map.of("memberId", other, "year", year, "group", "EMPLOYED", "base", "4000"));

        JsonNode mine = body(get(memberToken(m, branchA), "/api/points/dues/mine?year=" + year));
        assertThat(mine.get("months")).isEmpty();
        assertThat(mine.has("monthlyAmount")).as("no base yet: nothing is known to be due").isFalse();
        assertThat(body(get(memberToken(other, branchA), "/api/points/dues/mine")).get("monthlyAmount").decimalValue())
                .isEqualByComparingTo("40.00");
        assertThat(body(get(branchAAdmin, "/api/points/dues/mine")).get("months")).as("an administrator has no dues of their own").isEmpty();
    }
}
