package org.dangjian.points.dues;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Dues as a branch secretary meets them: the amount from the base, payments, exemptions, the month's summary. */
class DuesTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;
    private static final String BASES = "/api/points/dues/bases";
    private static final String PAYMENTS = "/api/points/dues/payments";

    @Autowired
    private UnpaidMonths unpaidMonths;

    @Test
    void the_monthly_amount_follows_the_bracket_of_the_whole_base() {
        long m = members.ranked(announceMember(branchA, "陈红"));
        JsonNode at3000 = body(setBase(branchAAdmin, m, year(), "EMPLOYED", "3000.00"));
        assertThat(at3000.get("monthlyAmount").decimalValue()).isEqualByComparingTo("15.00");

        MvcTestResult replaced = setBase(branchAAdmin, m, year(), "EMPLOYED", "3000.01");
        assertThat(replaced.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(replaced).get("monthlyAmount").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(body(setBase(branchAAdmin, m, year(), "RETIRED", "5000.01")).get("monthlyAmount").decimalValue())
                .isEqualByComparingTo("50.00");
        assertThat(body(setBase(branchAAdmin, m, year(), "STUDENT", null)).get("monthlyAmount").decimalValue())
                .isEqualByComparingTo("0.20");
        // Every setting stays on record; the latest is the one in force.
        assertThat(count("SELECT COUNT(*) FROM dues_base_log WHERE member_id = ?", m)).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM dues_base WHERE member_id = ?", m)).isEqualTo(1);
    }

    @Test
    void a_base_that_is_no_amount_is_refused_by_its_field() {
        long m = members.ranked(announceMember(branchA, "李强"));
        for (String bad : List.of("-1", "3000.001")) {
            MvcTestResult r = setBase(branchAAdmin, m, year(), "EMPLOYED", bad);
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            assertThat(fields(r)).containsExactly("base");
        }
        assertThat(fields(setBase(branchAAdmin, m, year(), "FARMER", "1.50"))).containsExactly("base");
        assertThat(fields(setBase(branchAAdmin, m, year(), "EMPLOYED", null))).containsExactly("base");
        assertThat(fields(setBase(branchAAdmin, m, year() - 5, "EMPLOYED", "4000"))).containsExactly("year");
        assertThat(count("SELECT COUNT(*) FROM dues_base_log WHERE member_id = ?", m)).isZero();
    }

    @Test
    void paying_a_month_on_time_adds_the_points_once_and_the_same_month_again_is_refused() {
        long m = members.ranked(announceMember(branchA, "王芳"));
        setBase(branchAAdmin, m, year(), "EMPLOYED", "4000");
        BigDecimal before = total(m);
        String month = YearMonth.now(clock).toString();

        MvcTestResult paid = pay(branchAAdmin, m, List.of(month), "40.00");
        MvcTestResult again = pay(branchAAdmin, m, List.of(month), "40.00");

        assertThat(paid.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(paid).get("months").get(0).get("onTime").asBoolean()).isTrue();
        assertThat(total(m)).isEqualByComparingTo(before.add(rules().get("duesOnTime").decimalValue()));
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(fields(again)).containsExactly("months[0]");
        assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE member_id = ? AND source = ?", m, "dues:" + month))
                .isEqualTo(1);
        assertThat(total(m)).isEqualByComparingTo(before.add(rules().get("duesOnTime").decimalValue()));
    }

    @Test
    void less_than_due_is_refused_and_more_is_kept_as_a_voluntary_extra() {
        long m = members.ranked(announceMember(branchA, "赵丽"));
        setBase(branchAAdmin, m, year(), "RETIRED", "6000");
        String month = YearMonth.now(clock).toString();

        assertThat(fields(pay(branchAAdmin, m, List.of(month), "59.99"))).containsExactly("amount");
        JsonNode paid = body(pay(branchAAdmin, m, List.of(month), "100"));

        assertThat(paid.get("months").get(0).get("due").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(paid.get("months").get(0).get("paid").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void back_payment_reaches_six_months_and_no_further() {
        long m = members.ranked(announceMember(branchA, "周平"));
        YearMonth now = YearMonth.now(clock);
        setBase(branchAAdmin, m, now.getYear(), "EMPLOYED", "2000");
        setBase(branchAAdmin, m, now.minusMonths(6).getYear(), "EMPLOYED", "2000");
        int unpaidBefore = unpaid(m, now.minusMonths(6).getYear());

        MvcTestResult tooFar = pay(branchAAdmin, m, List.of(now.toString(), now.minusMonths(7).toString()), "20");
        MvcTestResult sixBack = pay(branchAAdmin, m, List.of(now.minusMonths(6).toString()), "10");

        assertThat(tooFar.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields(tooFar)).containsExactly("months[1]");
        assertThat(sixBack.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(sixBack).get("months").get(0).get("onTime").asBoolean()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE member_id = ? AND kind = 'DUES_LATE'", m)).isEqualTo(1);
        assertThat(unpaid(m, now.minusMonths(6).getYear())).isEqualTo(unpaidBefore - 1);
    }

    @Test
    void an_exempt_month_is_not_owed_and_needs_no_payment() {
        long owes = members.ranked(announceMember(branchA, "吴敏"));
        long exempt = members.ranked(announceMember(branchA, "钱伟"));
        setBase(branchAAdmin, owes, year(), "UNEMPLOYED", null);
        setBase(branchAAdmin, exempt, year(), "UNEMPLOYED", null);
        MvcTestResult reduction = post(branchAAdmin, "/api/points/dues/reductions", Map.of("memberId", exempt,
                "year", year(), "fromMonth", 1, "monthlyAmount", "0", "reason", "生活困难，享受最低生活保障",
                "approvedBy", "支部委员会会议决定", "approvedOn", today().toString()));

        assertThat(reduction.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(reduction).get("toMonth").asInt()).isEqualTo(12);
        int monthsGone = YearMonth.now(clock).getMonthValue() - 1;
        assertThat(unpaid(owes, year())).isEqualTo(monthsGone);
        assertThat(unpaid(exempt, year())).isZero();
        BigDecimal base = rules().get("base").decimalValue();
        assertThat(total(exempt)).isEqualByComparingTo(base);
        MvcTestResult pay = pay(branchAAdmin, exempt, List.of(YearMonth.now(clock).toString()), "0.20");
        assertThat(pay.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields(pay)).containsExactly("months[0]");
    }

    @Test
    void a_reduction_is_recorded_with_its_approval_and_must_reduce_without_overlapping_another() {
        long m = members.ranked(announceMember(branchA, "马丽"));
        setBase(branchAAdmin, m, year(), "EMPLOYED", "6000");

        MvcTestResult half = reduce(m, 3, 5, "45.00");
        assertThat(half.getResponse().getStatus()).isEqualTo(201);
        assertThat(count("SELECT COUNT(*) FROM dues_reduction WHERE member_id = ? AND approved_by = ?", m,
                "支部委员会会议决定")).isEqualTo(1);
        assertThat(fields(reduce(m, 7, 6, "10"))).containsExactly("toMonth");
        assertThat(fields(reduce(m, 7, 8, "90"))).containsExactly("monthlyAmount");
        MvcTestResult overlapping = reduce(m, 5, 9, "0");
        assertThat(overlapping.getResponse().getStatus()).isEqualTo(409);
        assertThat(fields(overlapping)).containsExactly("fromMonth");
    }

    @Test
    void a_probationary_member_owes_from_the_month_of_the_admission_vote() {
        LocalDate admitted = today().minusMonths(2);
        long m = nextId();
        publish(new MemberRegistered(m, branchA, pathOf(branchA), "黄蕾", "FEMALE", LocalDate.of(2001, 3, 8), admitted,
                "PROBATIONARY"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM member_total WHERE member_id = ? AND year = ?", m, year()) == 1);
        setBase(branchAAdmin, m, year(), "STUDENT", null);
        setBase(branchAAdmin, m, year() - 1, "STUDENT", null);

        YearMonth now = YearMonth.now(clock);
        int expected = admitted.getYear() == now.getYear() ? 2 : now.getMonthValue() - 1;
        assertThat(unpaid(m, year())).isEqualTo(expected);
        MvcTestResult before = pay(branchAAdmin, m, List.of(YearMonth.from(admitted).minusMonths(1).toString()), "0.20");
        assertThat(fields(before)).containsExactly("months[0]");
        assertThat(body(before).get("errors").get(0).get("message").asString()).contains("入党");
    }

    @Test
    void the_month_s_summary_adds_up_branch_by_branch_and_lists_a_branch_s_members() {
        long paid = members.ranked(announceMember(branchA, "孙静"));
        long owing = members.ranked(announceMember(branchA, "郑洁"));
        long noBase = members.ranked(announceMember(branchA, "冯刚"));
        long other = members.ranked(announceMember(branchB, "何敏"));
        setBase(branchAAdmin, paid, year(), "EMPLOYED", "12000");
        setBase(branchAAdmin, owing, year(), "RETIRED", "4000");
        setBase(branchBAdmin, other, year(), "FARMER", "0.50");
        String month = YearMonth.now(clock).toString();
        pay(branchAAdmin, paid, List.of(month), "240.00");

        JsonNode summary = body(get(town1Admin, "/api/points/dues?orgId=" + town1 + "&month=" + month));
        JsonNode a = branch(summary, branchA);
        JsonNode b = branch(summary, branchB);

        assertThat(a.get("members").asInt()).isEqualTo(3);
        assertThat(a.get("withoutBase").asInt()).isEqualTo(1);
        assertThat(a.get("membersDue").asInt()).isEqualTo(2);
        assertThat(a.get("amountDue").decimalValue()).isEqualByComparingTo("260.00");
        assertThat(a.get("paidCount").asInt()).isEqualTo(1);
        assertThat(a.get("amountPaid").decimalValue()).isEqualByComparingTo("240.00");
        assertThat(a.get("outstandingCount").asInt()).isEqualTo(1);
        assertThat(a.get("outstandingAmount").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(b.get("outstandingAmount").decimalValue()).isEqualByComparingTo("0.50");
        JsonNode total = summary.get("total");
        assertThat(total.get("amountDue").decimalValue()).isEqualByComparingTo("260.50");
        assertThat(total.get("outstandingAmount").decimalValue()).isEqualByComparingTo("20.50");
        assertThat(total.get("amountPaid").decimalValue()).isEqualByComparingTo("240.00");
        assertThat(summary.has("members")).isFalse();

        JsonNode one = body(get(branchAAdmin, "/api/points/dues?month=" + month));
        Map<String, JsonNode> lines = new HashMap<>();
        one.get("members").forEach(l -> lines.put(l.get("name").asString(), l));
        assertThat(lines).containsOnlyKeys("孙静", "郑洁", "冯刚");
        assertThat(lines.get("郑洁").get("outstanding").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(lines.get("孙静").get("paid").decimalValue()).isEqualByComparingTo("240.00");
        assertThat(lines.get("冯刚").has("due")).as("no base: nothing due").isFalse();
        assertThat(one.get("branches")).hasSize(1);
    }

    @Test
    void another_branch_s_administrator_gets_not_found_and_a_member_cannot_write_dues() {
        long m = members.ranked(announceMember(branchA, "林涛"));
        assertThat(setBase(branchBAdmin, m, year(), "EMPLOYED", "4000").getResponse().getStatus()).isEqualTo(404);
        setBase(branchAAdmin, m, year(), "EMPLOYED", "4000");
        String month = YearMonth.now(clock).toString();
        assertThat(pay(branchBAdmin, m, List.of(month), "40").getResponse().getStatus()).isEqualTo(404);
        assertThat(get(branchBAdmin, "/api/points/dues?orgId=" + branchA).getResponse().getStatus()).isEqualTo(404);
        assertThat(pay(memberToken(m, branchA), m, List.of(month), "40").getResponse().getStatus()).isEqualTo(403);
        assertThat(pay(town1Admin, m, List.of(month), "40").getResponse().getStatus()).isEqualTo(201);
    }

    private MvcTestResult setBase(String token, long member, int year, String group, String base) {
        Map<String, Object> body = new HashMap<>(Map.of("memberId", member, "year", year, "group", group));
        body.put("base", base);
        return post(token, BASES, body);
    }

    private MvcTestResult pay(String token, long member, List<String> months, String amount) {
        return post(token, PAYMENTS, Map.of("memberId", member, "months", months, "amount", amount,
                "paidOn", today().toString()));
    }

    private MvcTestResult reduce(long member, int from, int to, String amount) {
        return post(branchAAdmin, "/api/points/dues/reductions", Map.of("memberId", member, "year", year(),
                "fromMonth", from, "toMonth", to, "monthlyAmount", amount, "reason", "长期病休，收入减少",
                "approvedBy", "支部委员会会议决定", "approvedOn", today().toString()));
    }

    private List<String> fields(MvcTestResult r) {
        return body(r).get("errors").findValuesAsString("field");
    }

    private static JsonNode branch(JsonNode summary, long orgId) {
        for (JsonNode b : summary.get("branches")) {
            if (b.get("orgId").asString().equals(String.valueOf(orgId))) {
                return b.get("figures");
            }
        }
        throw new AssertionError("no branch " + orgId + " in " + summary);
    }

    /** The months the points deduction counts against the member. */
    private int unpaid(long member, int year) {
        return unpaidMonths.unpaidMonths(List.of(member), year).getOrDefault(member, 0);
    }

    private JsonNode rules() {
        return body(get(cityAdmin, "/api/points/rules")).get("rules");
    }

    private BigDecimal total(long member) {
        return body(get(cityAdmin, "/api/points/members/" + member)).get("total").decimalValue();
    }
}
