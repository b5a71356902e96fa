package org.dangjian.member.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.member.NewMember.member;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.time.LocalDate;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** What org-service asks before it dissolves an organisation: the people it still holds, at that moment. */
class OrgMembershipTest extends TreeApiTest {
    private static final String ORG_SERVICE = TestTokens.service("org-service");

    private long register(long branch, String name) {
        return ok(post(cityAdmin, "/api/members", member(branch, name, "FEMALE",
                idNumber(LocalDate.of(1985, 2, 3), false), null, "1985-02-03"))).get("id").asLong();
    }

    private long holding(long orgId) {
        return ok(get(ORG_SERVICE, "/internal/orgs/" + orgId + "/members")).get("members").asLong();
    }

    @Test
    void everyoneNotLeftCountsAndAServiceOfAnyScopeMayAsk() {
        register(branchA, "沈一");
        long second = register(branchA, "沈二");
        assertThat(holding(branchA)).isEqualTo(2);
        assertThat(holding(branchC)).isZero();

        jdbc.update("UPDATE member SET state = 'LEFT' WHERE id = ?", second);
        assertThat(holding(branchA)).as("a member who left is held no more").isEqualTo(1);
        jdbc.update("UPDATE member SET state = 'SUSPENDED' WHERE id = ?", second);
        assertThat(holding(branchA)).as("a suspended member is still on the roll").isEqualTo(2);
    }

    @Test
    void aPersonsTokenNeverOpensIt() {
        assertThat(get(cityAdmin, "/internal/orgs/" + branchA + "/members")).hasStatus(403);
    }
}
