package org.dangjian.cadre.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.cadre.CadreApiTest;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.contracts.org.OrgDissolved;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The analysis of a subtree's cadres: each figure as an administrator reads it. */
class CadreAnalyticsTest extends CadreApiTest {

    @Test
    void a_towns_figures_count_each_cadre_once_with_age_education_sex_one_shoulder_reserves_and_vacancies() {
        recordTheTownsCadres();

        JsonNode town = ok(get(town2Admin, "/api/cadres/analytics?orgId=" + town2));
        assertThat(town.get("cadres").asInt()).as("the secretary holding two posts counts once").isEqualTo(3);
        assertThat(counts(town.get("ageBands"))).containsEntry("UP_TO_35", 2).containsEntry("FROM_46_TO_55", 1)
                .containsEntry("FROM_36_TO_45", 0);
        assertThat(town.get("averageAge").decimalValue()).isEqualByComparingTo("35.0");
        assertThat(counts(town.get("education"))).containsEntry("20", 2).containsEntry("30", 1);
        assertThat(counts(town.get("gender"))).containsEntry("MALE", 1).containsEntry("FEMALE", 2);
        assertThat(counts(town.get("secretaryTenure"))).containsEntry("FROM_6_TO_10", 1);
        assertThat(town.get("secretaries").asInt()).isEqualTo(1);
        assertThat(town.get("vacancies").asInt()).as("the town's committee, whose secretary left; not the other "
                + "organisations of the tree, with no posts recorded").isEqualTo(1);
        assertThat(town.get("secretariesAlsoDirectors").asInt()).isEqualTo(1);
        assertThat(town.get("oneShoulderShare").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(town.get("graduateOfficials").asInt()).isEqualTo(1);
        JsonNode secretaries = town.get("reservePipeline").valueStream()
                .filter(p -> p.get("position").asString().equals("SECRETARY")).findFirst().orElseThrow();
        assertThat(secretaries.get("holders").asInt()).isEqualTo(1);
        assertThat(secretaries.get("reserves").asInt()).isEqualTo(1);
        assertThat(secretaries.get("reservesAverageAge").decimalValue()).isEqualByComparingTo("36.0");
        JsonNode thisYear = town.get("turnover").get(town.get("turnover").size() - 1);
        assertThat(thisYear.get("year").asInt()).isEqualTo(today().getYear());
        assertThat(thisYear.get("started").asInt()).isEqualTo(2);
        assertThat(thisYear.get("ended").asInt()).isEqualTo(1);

        JsonNode elsewhere = ok(get(town1Admin, "/api/cadres/analytics"));
        assertThat(elsewhere.get("cadres").asInt()).as("town 1 sees none of town 2's cadres").isZero();
        assertThat(get(town1Admin, "/api/cadres/analytics?orgId=" + town2)).hasStatus(404);
    }

    @Test
    void the_figures_read_once_follow_every_later_change_an_appointment_a_members_education_a_dissolved_organisation() {
        long member = member(branchC, "许书记", "MALE", today().minusYears(46).minusDays(1), "21");
        String secretary = memberCadre(town2Admin, member).get("id").asString();
        ok(post(town2Admin, "/api/cadres/" + secretary + "/appointments", post(branchC, "SECRETARY", today().minusYears(7))));
        String analytics = "/api/cadres/analytics?orgId=" + town2;
        JsonNode before = ok(get(town2Admin, analytics));
        assertThat(before.get("cadres").asInt()).isEqualTo(1);
        assertThat(counts(before.get("education"))).containsEntry("20", 1);
        assertThat(before.get("vacancies").asInt()).isZero();

        String deputy = cadre("郑委员", "FEMALE", today().minusYears(31), "31");
        ok(post(town2Admin, "/api/cadres/" + deputy + "/appointments", post(branchC, "DEPUTY_SECRETARY", today())));
        assertThat(ok(get(town2Admin, analytics)).get("cadres").asInt()).as("a post recorded since").isEqualTo(2);

        publish(new MemberUpdated(member, branchC, pathOf(branchC), List.of("education"), "许书记", null, null, null, "14"));
        awaitEffect(() -> counts(ok(get(town2Admin, analytics)).get("education")).getOrDefault("10", 0) == 1);

        long branchD = nextId();
        publish(new OrgCreated(branchD, town2, path(root, town2, branchD), "D-" + branchD, "东湖村党支部", "BRANCH",
                "VILLAGE"));
        awaitEffect(() -> knownOrg(branchD));
        String elsewhere = cadre("顾书记", "MALE", today().minusYears(50), "21");
        String held = ok(post(town2Admin, "/api/cadres/" + elsewhere + "/appointments",
                post(branchD, "SECRETARY", today().minusYears(2)))).get("id").asString();
        ok(post(town2Admin, "/api/cadres/appointments/" + held + "/end", Map.of("endsOn", today().toString())));
        assertThat(ok(get(town2Admin, analytics)).get("vacancies").asInt()).as("the other branch's post left").isEqualTo(1);
        publish(new OrgDissolved(branchD, town2, path(root, town2, branchD)));
        awaitEffect(() -> ok(get(town2Admin, analytics)).get("vacancies").asInt() == 0);
    }

    @Test
    void each_figure_opens_the_list_of_the_people_it_counted_and_the_analysis_exports_as_a_workbook() {
        recordTheTownsCadres();
        String base = "/api/cadres/analytics/people?orgId=" + town2;

        JsonNode young = ok(get(town2Admin, base + "&figure=AGE_BAND&key=UP_TO_35"));
        assertThat(young.get("total").asInt()).isEqualTo(2);
        assertThat(listed(young)).containsExactlyInAnyOrder("郑委员", "林村官");
        assertThat(listed(ok(get(town2Admin, base + "&figure=SECRETARIES_ALSO_DIRECTORS")))).containsExactly("许书记");
        JsonNode reserves = ok(get(town2Admin, base + "&figure=RESERVES&key=SECRETARY"));
        assertThat(listed(reserves)).containsExactly("冯后备");
        assertThat(reserves.get("items").get(0).get("date").asString()).as("kept in reserve since")
                .isEqualTo(today().toString());
        assertThat(listed(ok(get(town2Admin, base + "&figure=ENDED&key=" + today().getYear())))).containsExactly("退任者");
        assertThat(listed(ok(get(town2Admin, base + "&figure=CADRES")))).as("a person once, however many posts")
                .containsExactlyInAnyOrder("许书记", "郑委员", "林村官");
        JsonNode vacant = ok(get(town2Admin, base + "&figure=VACANCIES")).get("items");
        assertThat(vacant).hasSize(1);
        assertThat(vacant.get(0).get("orgName").asString()).isEqualTo("周市镇党委");
        assertThat(vacant.get(0).path("cadreId").isMissingNode() || vacant.get(0).get("cadreId").isNull()).isTrue();
        JsonNode graduate = ok(get(town2Admin, base + "&figure=GRADUATE_OFFICIALS")).get("items").get(0);
        assertThat(graduate.get("age").asInt()).isEqualTo(28);
        assertThat(graduate.get("educationLabel").asString()).isEqualTo("大学本科教育");
        assertThat(graduate.get("orgName").asString()).isEqualTo("市北村党支部");

        assertThat(get(town2Admin, base + "&figure=HOLDERS")).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("key");
        assertThat(get(town2Admin, base + "&figure=HOLDERS&key=MAYOR")).hasStatus(400);
        assertThat(get(town1Admin, base + "&figure=CADRES")).as("another town's list").hasStatus(404);

        var export = get(town2Admin, "/api/cadres/analytics/export?orgId=" + town2);
        assertThat(export).hasStatus(200);
        byte[] workbook = export.getResponse().getContentAsByteArray();
        java.util.List<Map<Integer, String>> figures = cn.idev.excel.FastExcel.read(new java.io.ByteArrayInputStream(
                workbook)).sheet(0).headRowNumber(1).doReadSync();
        assertThat(figures).anySatisfy(r -> assertThat(r).containsEntry(0, "在任干部").containsEntry(2, "3"));
        assertThat(figures).anySatisfy(r -> assertThat(r).containsEntry(0, "一肩挑").containsEntry(2, "1"));
        java.util.List<Map<Integer, String>> posts = cn.idev.excel.FastExcel.read(new java.io.ByteArrayInputStream(
                workbook)).sheet(1).headRowNumber(1).doReadSync();
        assertThat(posts).as("every post held, the secretary's two on two lines").hasSize(4);
        assertThat(posts).anySatisfy(r -> assertThat(r).containsEntry(0, "许书记").containsEntry(5, "村（居）委会主任"));
    }

    /**
     * Town 2's cadres: a member secretary of 46 who also directs the committee (7 and 4 years), two young women in
     * post (one a graduate official), a reserve of 36 for the secretary's post, and the town committee's secretary
     * who left this year.
     */
    private void recordTheTownsCadres() {
        long secretaryMember = member(branchC, "许书记", "MALE", today().minusYears(46).minusDays(1), "21");
        String secretary = memberCadre(town2Admin, secretaryMember).get("id").asString();
        ok(post(town2Admin, "/api/cadres/" + secretary + "/appointments", post(branchC, "SECRETARY", today().minusYears(7))));
        ok(post(town2Admin, "/api/cadres/" + secretary + "/appointments",
                post(branchC, "RESIDENTS_DIRECTOR", today().minusYears(4))));
        String deputy = cadre("郑委员", "FEMALE", today().minusYears(31), "31");
        ok(post(town2Admin, "/api/cadres/" + deputy + "/appointments", post(branchC, "RESIDENTS_MEMBER", today())));
        String graduate = cadre("林村官", "FEMALE", today().minusYears(28), "21");
        ok(post(town2Admin, "/api/cadres/" + graduate + "/appointments", post(branchC, "GRADUATE_OFFICIAL", today())));
        String reserve = cadre("冯后备", "MALE", today().minusYears(36), "14");
        ok(post(town2Admin, "/api/cadres/" + reserve + "/reserves",
                Map.of("orgId", branchC, "position", "SECRETARY", "since", today().toString())));
        // a post left is turnover, not a post held; the town's committee has its secretary's post vacant
        String former = cadre("退任者", "MALE", today().minusYears(60), "41");
        String held = ok(post(town2Admin, "/api/cadres/" + former + "/appointments",
                post(town2, "SECRETARY", today().minusYears(3)))).get("id").asString();
        ok(post(town2Admin, "/api/cadres/appointments/" + held + "/end", Map.of("endsOn", today().toString())));

    }

    private static java.util.List<String> listed(JsonNode page) {
        return page.get("items").valueStream().map(r -> r.get("name").asString()).toList();
    }

    private String cadre(String name, String gender, java.time.LocalDate born, String education) {
        return ok(post(town2Admin, "/api/cadres", Map.of("orgId", branchC, "name", name, "gender", gender,
                "birthDate", born.toString(), "education", education))).get("id").asString();
    }

    private static Map<String, Integer> counts(JsonNode rows) {
        Map<String, Integer> n = new HashMap<>();
        rows.forEach(r -> n.put(r.get("key").asString(), r.get("count").asInt()));
        return n;
    }
}
