package org.dangjian.kit.servicetest;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;

/**
 * For services that keep their own copy of the organisation tree (org-directory-kit): before each test a
 * fresh little tree is announced as org-service announces it (events through Kafka into the inbox), and
 * the test starts once the service knows every organisation. City root; town 1 with branches A and B;
 * town 2 with branch C (outside town 1's subtree). Administrators' tokens for each.
 */
public abstract class TreeApiTest extends ServiceApiTest {
    protected long root;
    protected long town1;
    protected long town2;
    protected long branchA;
    protected long branchB;
    protected long branchC;
    protected String cityAdmin;
    protected String town1Admin;
    protected String town2Admin;
    protected String branchAAdmin;
    protected String branchBAdmin;
    protected String branchCAdmin;

    @BeforeEach
    void announceTree() {
        root = nextId();
        town1 = nextId();
        town2 = nextId();
        branchA = nextId();
        branchB = nextId();
        branchC = nextId();
        publish(new OrgCreated(root, null, path(root), "R-" + root, "中共昆山市委", "COMMITTEE", "GOVERNMENT"));
        publish(new OrgCreated(town1, root, path(root, town1), "T1-" + town1, "玉山镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(town2, root, path(root, town2), "T2-" + town2, "周市镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(branchA, town1, pathOf(branchA), "A-" + branchA, "城北社区党支部", "BRANCH", "COMMUNITY"));
        publish(new OrgCreated(branchB, town1, pathOf(branchB), "B-" + branchB, "城南社区党支部", "BRANCH", "COMMUNITY"));
        publish(new OrgCreated(branchC, town2, pathOf(branchC), "C-" + branchC, "市北村党支部", "BRANCH", "VILLAGE"));
        // Each organisation is its own Kafka key, so they may arrive in any order: wait for all.
        awaitEffect(() -> List.of(root, town1, town2, branchA, branchB, branchC).stream().allMatch(this::knownOrg));
        cityAdmin = TestTokens.cityAdmin(root, path(root));
        town1Admin = TestTokens.orgAdmin(nextId(), town1, pathOf(town1));
        town2Admin = TestTokens.orgAdmin(nextId(), town2, pathOf(town2));
        branchAAdmin = TestTokens.orgAdmin(nextId(), branchA, pathOf(branchA));
        branchBAdmin = TestTokens.orgAdmin(nextId(), branchB, pathOf(branchB));
        branchCAdmin = TestTokens.orgAdmin(nextId(), branchC, pathOf(branchC));
    }

    /** The path of one of the tree's organisations. */
    protected String pathOf(long org) {
        if (org == root) {
            return path(root);
        }
        if (org == town1 || org == town2) {
            return path(root, org);
        }
        return path(root, org == branchC ? town2 : town1, org);
    }

    protected boolean knownOrg(long id) {
        return count("SELECT COUNT(*) FROM org_ref WHERE org_id = ?", id) == 1;
    }

    /** A full member of {@code branch}, announced as member-service announces one; returns the new id at once. */
    protected long announceMember(long branch, String name) {
        long id = nextId();
        publish(new MemberRegisteredV2(id, branch, pathOf(branch), name, "FEMALE", LocalDate.of(1988, 5, 4),
                LocalDate.of(2012, 7, 1), new MembershipStatus("FULL", "ACTIVE", null, false), null));
        return id;
    }

    /** The member's own token, in their branch. */
    protected String memberToken(long memberId, long branch) {
        return memberToken(memberId, branch, pathOf(branch));
    }
}
