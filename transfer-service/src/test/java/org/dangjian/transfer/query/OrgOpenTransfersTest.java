package org.dangjian.transfer.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.decision;
import static org.dangjian.transfer.TransferRequests.inCity;

import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** What org-service asks before it dissolves an organisation: transfers out of or into it still under way. */
class OrgOpenTransfersTest extends TreeApiTest {
    private static final String ORG_SERVICE = TestTokens.service("org-service");

    private long open(long orgId) {
        return ok(get(ORG_SERVICE, "/internal/orgs/" + orgId + "/open-transfers")).get("transfers").asLong();
    }

    @Test
    void transfersBeingApprovedOrAwaitingArrivalCountAtBothEndsAndFinishedOnesDoNot() {
        long leaving = ok(post(cityAdmin, "/api/transfers", inCity(known(jdbc, announceMember(branchA, "顾一")), branchC,
                today()))).get("id").asLong();
        assertThat(open(branchA)).isEqualTo(1);
        assertThat(open(branchC)).as("the receiving end too").isEqualTo(1);
        assertThat(open(branchB)).isZero();

        ok(post(cityAdmin, "/api/transfers/" + leaving + "/cancel", decision("本人撤回")));
        assertThat(open(branchA)).as("a cancelled transfer is over").isZero();
    }

    @Test
    void aPersonsTokenNeverOpensIt() {
        assertThat(get(cityAdmin, "/internal/orgs/" + branchA + "/open-transfers")).hasStatus(403);
    }
}
