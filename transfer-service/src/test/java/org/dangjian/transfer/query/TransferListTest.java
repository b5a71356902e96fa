package org.dangjian.transfer.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.decision;
import static org.dangjian.transfer.TransferRequests.inCity;

import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/transfers} and {@code /mine}: who sees which transfers, and the filters. */
class TransferListTest extends TreeApiTest {

    @Test
    void each_administrator_sees_the_transfers_touching_their_subtree_and_no_other() {
        long withinTown1 = registerInCity(member(branchA, "张三"), branchB);
        long acrossTowns = registerInCity(member(branchA, "李四"), branchC);

        assertThat(ids(ok(get(town1Admin, "/api/transfers")))).containsExactly(acrossTowns, withinTown1);
        JsonNode town2Sees = ok(get(town2Admin, "/api/transfers"));
        assertThat(ids(town2Sees)).as("a transfer between branches A and B is none of town 2's business")
                .containsExactly(acrossTowns);
        assertThat(town2Sees.get("total").asInt()).isEqualTo(1);
        assertThat(ids(ok(get(branchCAdmin, "/api/transfers")))).containsExactly(acrossTowns);
        assertThat(ids(ok(get(auditorToken(town2, path(root, town2)), "/api/transfers")))).containsExactly(acrossTowns);

        JsonNode item = town2Sees.get("items").get(0);
        assertThat(item.get("steps").findValuesAsString("orgName")).containsExactly("玉山镇党委", "周市镇党委");
        assertThat(item.get("history").isEmpty()).as("the trail is for one transfer's page").isTrue();
    }

    @Test
    void org_id_keeps_transfers_with_either_end_in_its_subtree_and_must_be_in_scope() {
        long withinTown1 = registerInCity(member(branchA, "王五"), branchB);
        long acrossTowns = registerInCity(member(branchB, "赵六"), branchC);

        assertThat(ids(ok(get(cityAdmin, "/api/transfers?orgId=" + root)))).containsExactly(acrossTowns, withinTown1);
        assertThat(ids(ok(get(cityAdmin, "/api/transfers?orgId=" + town2)))).containsExactly(acrossTowns);
        assertThat(ids(ok(get(cityAdmin, "/api/transfers?orgId=" + branchA)))).containsExactly(withinTown1);
        assertThat(ids(ok(get(town1Admin, "/api/transfers?orgId=" + branchB)))).containsExactly(acrossTowns, withinTown1);
        assertThat(get(town2Admin, "/api/transfers?orgId=" + town1).getResponse().getStatus())
                .as("another town's subtree is not found, not forbidden").isEqualTo(404);
    }

    @Test
    void filters_by_status_kind_member_and_registration_date() {
        long rejectedMember = member(branchA, "钱七");
        long rejected = registerInCity(rejectedMember, branchB);
        ok(post(town1Admin, "/api/transfers/" + rejected + "/reject", decision("材料不全")));
        long pending = registerInCity(member(branchA, "孙八"), branchC);
        String base = "/api/transfers?orgId=" + root;

        assertThat(ids(ok(get(cityAdmin, base + "&status=PENDING")))).containsExactly(pending);
        assertThat(ids(ok(get(cityAdmin, base + "&status=REJECTED&status=PENDING")))).containsExactly(pending, rejected);
        assertThat(ids(ok(get(cityAdmin, base + "&status=COMPLETED")))).isEmpty();
        assertThat(ids(ok(get(cityAdmin, base + "&kind=IN_CITY")))).containsExactly(pending, rejected);
        assertThat(ids(ok(get(cityAdmin, base + "&kind=OUT_OF_CITY")))).isEmpty();
        assertThat(ids(ok(get(cityAdmin, base + "&memberId=" + rejectedMember)))).containsExactly(rejected);
        assertThat(ids(ok(get(cityAdmin, base + "&from=" + today() + "&to=" + today()))))
                .containsExactly(pending, rejected);
        assertThat(ids(ok(get(cityAdmin, base + "&from=" + today().plusDays(1))))).isEmpty();
        assertThat(ids(ok(get(cityAdmin, base + "&to=" + today().minusDays(1))))).isEmpty();

        JsonNode first = ok(get(cityAdmin, base + "&page=1&size=1"));
        assertThat(ids(first)).containsExactly(pending);
        assertThat(first.get("total").asInt()).isEqualTo(2);
        assertThat(first.get("size").asInt()).isEqualTo(1);
        assertThat(ids(ok(get(cityAdmin, base + "&page=2&size=1")))).containsExactly(rejected);
    }

    @Test
    void nonsense_filters_are_refused_naming_the_field() {
        MvcTestResult unknownStatus = get(cityAdmin, "/api/transfers?status=LOST");
        assertThat(unknownStatus.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(unknownStatus).get("errors").findValuesAsString("field")).containsExactly("status");

        MvcTestResult reversed = get(cityAdmin, "/api/transfers?from=" + today() + "&to=" + today().minusDays(1));
        assertThat(reversed.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(reversed).get("errors").findValuesAsString("field")).containsExactly("to");

        MvcTestResult badDate = get(cityAdmin, "/api/transfers?from=yesterday");
        assertThat(body(badDate).get("errors").findValuesAsString("field")).containsExactly("from");
    }

    @Test
    void a_member_sees_only_their_own_transfers_with_where_each_stands() {
        long me = member(branchA, "周九");
        long first = registerInCity(me, branchB);
        ok(post(town1Admin, "/api/transfers/" + first + "/reject", decision("暂缓")));
        long second = registerInCity(me, branchC);
        long someoneElse = registerInCity(member(branchA, "吴十"), branchC);
        String myToken = memberToken(me, branchA);

        JsonNode mine = ok(get(myToken, "/api/transfers/mine"));
        assertThat(ids(mine)).containsExactly(second, first);
        assertThat(mine.get("items").valueStream().map(t -> t.get("status").asString()))
                .containsExactly("PENDING", "REJECTED");
        assertThat(mine.get("items").get(0).get("steps").findValuesAsString("status"))
                .containsExactly("PENDING", "WAITING");
        assertThat(ids(ok(get(myToken, "/api/transfers")))).as("the list holds the member's own only")
                .containsExactly(second, first).doesNotContain(someoneElse);
        assertThat(ids(ok(get(town1Admin, "/api/transfers/mine")))).as("an administrator has no transfers of their own")
                .isEmpty();
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
