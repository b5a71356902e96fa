package org.dangjian.points.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Who may take part as a guest in a branch's organisational life: a mobile member (流动党员) living where it is. */
class GuestAttendanceTest extends TreeApiTest {
    private static final MembershipStatus ON_THE_ROLL = new MembershipStatus("FULL", "ACTIVE", null, false);
    private static final MembershipStatus AWAY = new MembershipStatus("FULL", "ACTIVE", null, true);

    @Autowired
    private RankedMembers members;

    @Test
    void aGuestAttendeeMustBeAMobileMember() {
        long host = members.ranked(announceMember(branchB, "东道主"));
        long stayedHome = members.ranked(announce(branchA, "未外出", ON_THE_ROLL));
        long mobile = members.ranked(announce(branchA, "外出务工", AWAY));

        MvcTestResult refused = record(List.of(present(host, false), present(mobile, true), present(stayedHome, true)));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = body(refused).get("errors").get(0);
        assertThat(body(refused).get("errors")).as("only the member who is not mobile").hasSize(1);
        assertThat(problem.get("field").asString()).isEqualTo("attendance[2].memberId");
        assertThat(problem.get("message").asString()).contains("流动党员");

        assertThat(record(List.of(present(host, false), present(mobile, true))).getResponse().getStatus())
                .isEqualTo(201);

        publish(new MemberStatusChangedV2(mobile, branchA, pathOf(branchA), MemberStatusChangedV2.MOBILITY_ENDED, AWAY,
                ON_THE_ROLL, "返回原籍", today()));
        awaitEffect(() -> !jdbc.queryForObject("SELECT mobile FROM member_ref WHERE member_id = ?", Boolean.class,
                mobile));
        assertThat(record(List.of(present(host, false), present(mobile, true))).getResponse().getStatus())
                .as("back home, the member takes part with their own branch").isEqualTo(400);
    }

    private long announce(long branch, String name, MembershipStatus status) {
        long id = nextId();
        publish(new MemberRegisteredV2(id, branch, pathOf(branch), name, "MALE", LocalDate.of(1990, 1, 5),
                LocalDate.of(2015, 7, 1), status, null));
        return id;
    }

    private static Map<String, Object> present(long member, boolean guest) {
        return Map.of("memberId", member, "presence", "PRESENT", "guest", guest);
    }

    private MvcTestResult record(List<Map<String, Object>> attendance) {
        return post(branchBAdmin, "/api/points/activities", Map.of("orgId", branchB, "type", "THEME_DAY", "date",
                today().toString(), "topic", "主题党日", "attendance", attendance));
    }
}
