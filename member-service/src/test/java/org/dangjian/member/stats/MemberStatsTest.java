package org.dangjian.member.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangjian.member.LifecycleApiTest;
import org.dangjian.member.NewMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class MemberStatsTest extends LifecycleApiTest {
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /**
     * Six records, five of them active: branch A has three, branch B one (Hui, mobile), branch C one
     * active and one who left (counted by status only).
     */
    @BeforeEach
    void members() {
        register(new NewMember(branchA, "甲").born(age(25)).joined(LocalDate.of(2020, 7, 1)).with("education", "21"));
        register(new NewMember(branchA, "乙").born(age(33)).joined(LocalDate.of(2013, 1, 1)).with("education", "14"));
        register(new NewMember(branchA, "丙").born(age(33)).female().joined(today.minusMonths(6))
                .with("standing", "PROBATIONARY").with("education", "21"));
        register(new NewMember(branchB, "丁").born(age(58)).female().joined(LocalDate.of(1990, 7, 1))
                .mobileTo("310115").with("education", "31").with("ethnicity", "回族"));
        register(new NewMember(branchC, "戊").born(age(85)).joined(LocalDate.of(1960, 7, 1)).with("education", "81"));
        register(new NewMember(branchC, "己").born(age(40)).joined(LocalDate.of(2005, 7, 1))
                .leftFor("WITHDREW").with("education", "61").with("ethnicity", "满族"));
    }

    private LocalDate age(int years) {
        return today.minusYears(years).minusDays(100);
    }

    @Test
    void cityStatsCountEveryDimensionWithShares() {
        JsonNode stats = stats("?orgId=" + root, cityAdmin);
        assertThat(stats.get("total").isNumber()).as("counts are JSON numbers, not id-like strings").isTrue();
        assertThat(stats.get("total").asLong()).isEqualTo(6);
        assertThat(stats.get("active").asLong()).isEqualTo(5);
        assertThat(buckets(stats, "byState")).containsExactly(entry("ARRIVING", "待转入报到", 0, "0.0"),
                entry("ACTIVE", "在册", 5, "83.3"), entry("SUSPENDED", "停止党籍", 0, "0.0"), entry("LEFT", "已离开", 1, "16.7"));
        assertThat(buckets(stats, "byGender")).containsExactly(entry("MALE", "男", 3, "60.0"), entry("FEMALE", "女", 2, "40.0"));
        assertThat(nonEmpty(stats, "byAgeBand")).containsExactly(entry("0-30", "30岁及以下", 1, "20.0"),
                entry("31-35", "31至35岁", 2, "40.0"), entry("56-60", "56至60岁", 1, "20.0"), entry("81+", "81岁及以上", 1, "20.0"));
        assertThat(stats.get("byAgeBand").size()).isEqualTo(10);
        // by GB/T 4658 level: 14 硕士研究生毕业 counts under 10 研究生教育, 81 小学毕业 under 80 小学教育
        assertThat(nonEmpty(stats, "byEducation")).containsExactly(entry("10", "研究生教育", 1, "20.0"),
                entry("20", "大学本科教育", 2, "40.0"), entry("30", "大学专科教育", 1, "20.0"),
                entry("80", "小学教育", 1, "20.0"));
        // Only nationalities present among active members, Han first; the Manchu member has left.
        assertThat(buckets(stats, "byEthnicity")).containsExactly(entry("01", "汉族", 4, "80.0"), entry("03", "回族", 1, "20.0"));
        assertThat(nonEmpty(stats, "byAdmissionPeriod")).containsExactly(
                entry("1949-10-01", "1949年10月1日至1966年4月", 1, "20.0"),
                entry("1979-01-01", "1979年1月至2002年10月", 1, "20.0"),
                entry("2012-11-01", "2012年11月及以后", 3, "60.0"));
        assertThat(stats.get("byAdmissionPeriod").get(0).get("label").asString()).isEqualTo("1937年7月6日及以前");
        assertThat(buckets(stats, "byChildOrg")).containsExactly(entry(String.valueOf(town1), "玉山镇党委", 4, "80.0"),
                entry(String.valueOf(town2), "周市镇党委", 1, "20.0"));
    }

    @Test
    void statisticsCountStandingAndMobilityApart() {
        JsonNode stats = stats("?orgId=" + root, cityAdmin);
        // The mobile member (丁) is a full member: counted once as full, and once as mobile.
        assertThat(buckets(stats, "byStanding")).containsExactly(entry("PROBATIONARY", "预备党员", 1, "20.0"),
                entry("FULL", "正式党员", 4, "80.0"));
        assertThat(buckets(stats, "byMobility")).containsExactly(entry("MOBILE", "流动党员", 1, "20.0"),
                entry("AT_BRANCH", "非流动党员", 4, "80.0"));
    }

    @Test
    void aTownsStatsBreakDownByItsBranchesAndABranchCountsItsOwnMembers() {
        JsonNode town = stats("?orgId=" + town1, cityAdmin);
        assertThat(town.get("total").asLong()).isEqualTo(4);
        assertThat(buckets(town, "byChildOrg")).containsExactly(entry(String.valueOf(branchA), "城北社区党支部", 3, "75.0"),
                entry(String.valueOf(branchB), "城南社区党支部", 1, "25.0"));

        JsonNode branch = stats("?orgId=" + branchA, cityAdmin);
        assertThat(buckets(branch, "byChildOrg")).containsExactly(entry(String.valueOf(branchA), "城北社区党支部", 3, "100.0"));
    }

    @Test
    void statsFollowEveryChangeAtOnceThoughTheyAreCached() {
        assertThat(stats("?orgId=" + town1, cityAdmin).get("total").asInt()).isEqualTo(4);
        assertThat(stats("?orgId=" + town1, cityAdmin).get("total").asInt()).as("served again").isEqualTo(4);

        long newcomer = register(new NewMember(branchB, "庚").born(age(30)).joined(LocalDate.of(2020, 7, 1)));
        assertThat(stats("?orgId=" + town1, cityAdmin).get("total").asInt()).as("a registration").isEqualTo(5);

        MvcTestResult left = post(cityAdmin, "/api/members/" + newcomer + "/leaving", java.util.Map.of("reason", "WITHDREW", "version", 0));
        assertThat(left).as(body(left).toString()).hasStatus(200);
        JsonNode after = stats("?orgId=" + town1, cityAdmin);
        assertThat(after.get("active").asInt()).as("a standing change").isEqualTo(4);
        assertThat(buckets(after, "byChildOrg")).contains(entry(String.valueOf(branchB), "城南社区党支部", 1, "25.0"));
    }

    @Test
    void statsStayInsideTheCallersScope() {
        String adminTown1 = town1Admin;
        assertThat(stats("", adminTown1).get("orgId").asString()).isEqualTo(String.valueOf(town1));
        assertThat(stats("", adminTown1).get("total").asLong()).isEqualTo(4);
        for (long outside : new long[] {root, town2, branchC, 987_654_321L}) {
            MvcTestResult refused = get(adminTown1, "/api/members/stats?orgId=" + outside);
            assertThat(refused).hasStatus(404);
            assertThat(body(refused).get("code").asString()).isEqualTo("ORG_NOT_FOUND");
        }
    }

    private JsonNode stats(String query, String token) {
        MvcTestResult result = get(token, "/api/members/stats" + query);
        assertThat(result).hasStatus(200);
        return body(result);
    }

    private static String entry(String key, String label, long count, String share) {
        return key + "|" + label + "|" + count + "|" + share;
    }

    private static java.util.List<String> buckets(JsonNode stats, String dimension) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode b : stats.get(dimension)) {
            out.put(b.get("key").asString(), entry(b.get("key").asString(), b.get("label").asString(),
                    b.get("count").asLong(), b.get("share").decimalValue().toPlainString()));
        }
        return java.util.List.copyOf(out.values());
    }

    private static java.util.List<String> nonEmpty(JsonNode stats, String dimension) {
        return buckets(stats, dimension).stream().filter(e -> !e.contains("|0|")).toList();
    }

}
