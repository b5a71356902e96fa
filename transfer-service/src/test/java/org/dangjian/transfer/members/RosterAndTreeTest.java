package org.dangjian.transfer.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.inCity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What transfer-service learns from member and org events changes who can be transferred from where. */
class RosterAndTreeTest extends TreeApiTest {
    @Autowired
    private MemberRoster roster;

    @Test
    void a_member_who_left_cannot_be_transferred() {
        long m = member(branchA, "何平");
        publish(new MemberStatusChanged(m, branchA, pathOf(branchA), "FULL", "LEFT", "VOLUNTARY", today()));
        awaitEffect(() -> roster("status", m).equals("LEFT"));
        MvcTestResult r = post(cityAdmin, "/api/transfers", Map.of("memberId", String.valueOf(m), "kind", "IN_CITY",
                "toOrgId", String.valueOf(branchB), "reasonCode", "01", "plannedDate", today().toString()));
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(r).get("code").asString()).isEqualTo("TRANSFER_MEMBER_NOT_ACTIVE");
    }

    @Test
    void a_member_arriving_by_transfer_is_transferred_into_the_city_and_nowhere_else() {
        long m = nextId();
        publish(new MemberRegisteredV2(m, branchC, pathOf(branchC), "高远", "MALE", LocalDate.of(1985, 5, 4),
                LocalDate.of(2010, 7, 1), new MembershipStatus("FULL", "ARRIVING", null, false), null));
        known(jdbc, m);
        assertThat(roster("status", m)).isEqualTo("ARRIVING");
        MvcTestResult inCity = post(cityAdmin, "/api/transfers", Map.of("memberId", String.valueOf(m), "kind", "IN_CITY",
                "toOrgId", String.valueOf(branchB), "reasonCode", "01", "plannedDate", today().toString()));
        assertThat(inCity.getResponse().getStatus()).as("not arrived: not a member to move within the city").isEqualTo(409);
        MvcTestResult into = post(cityAdmin, "/api/transfers", Map.of("memberId", String.valueOf(m), "kind", "INTO_CITY",
                "externalOrg", "中共南京市玄武区委组织部", "externalRegion", "320102", "reasonCode", "01", "plannedDate", today().toString(),
                "outsideLetterNumber", "宁玄组转〔2026〕88号", "outsideLetterDate", today().toString(),
                "outsideLetterIssuer", "中共南京市玄武区委组织部"));
        assertThat(into.getResponse().getStatus()).as(body(into).toString()).isEqualTo(201);
    }

    @Test
    void a_former_member_past_their_period_is_named_neither_on_the_roster_nor_on_their_transfers() {
        long m = member(branchA, "孔文");
        long transfer = registerInCity(m, branchB);

        publish(new MemberAnonymised(m, null));
        awaitEffect(() -> "（已匿名）".equals(roster("name", m)));

        assertThat(body(get(cityAdmin, "/api/transfers/" + transfer)).get("memberName").asString())
                .isEqualTo("（已匿名）");
    }

    @Test
    void the_roster_still_reads_version_one_status_changes() {
        long m = member(branchA, "钱程");
        publish(new MemberStatusChanged(m, branchA, pathOf(branchA), "FULL", "MOBILE", null, today()));
        publish(new MemberStatusChanged(m, branchA, pathOf(branchA), "MOBILE", "SUSPENDED", null, today()));
        awaitEffect(() -> roster("status", m).equals("SUSPENDED"));
        publish(new MemberStatusChanged(m, branchA, pathOf(branchA), "SUSPENDED", "DECEASED", null, today()));
        awaitEffect(() -> roster("status", m).equals("LEFT"));
    }

    @Test
    void theRosterKeepsOccupationAndMobility() {
        long m = nextId();
        MembershipStatus away = new MembershipStatus("PROBATIONARY", "ACTIVE", null, true);
        publish(new MemberRegisteredV2(m, branchA, pathOf(branchA), "周航", "MALE", LocalDate.of(1995, 2, 3),
                LocalDate.of(2025, 7, 1), away, null, "01", "21"));
        known(jdbc, m);
        assertThat(roster.find(m)).get().extracting(MemberRef::occupation, MemberRef::mobile, MemberRef::status)
                .containsExactly("01", true, "PROBATIONARY");

        publish(new MemberUpdated(m, branchA, pathOf(branchA), List.of("occupation"), "周航", null, null, "08", "21"));
        awaitEffect(() -> "08".equals(roster("occupation", m)));
        publish(new MemberUpdated(m, branchA, pathOf(branchA), List.of("name"), "周远航", null, null));
        awaitEffect(() -> "周远航".equals(roster("name", m)));
        assertThat(roster.find(m).orElseThrow().occupation()).as("an event from before occupations travelled")
                .isEqualTo("08");
        publish(new MemberUpdated(m, branchA, pathOf(branchA), List.of("occupation"), "周远航", null, null, null, null));
        awaitEffect(() -> roster("occupation", m) == null);

        publish(new MemberStatusChangedV2(m, branchA, pathOf(branchA), MemberStatusChangedV2.MOBILITY_ENDED, away,
                new MembershipStatus("PROBATIONARY", "ACTIVE", null, false), null, today()));
        awaitEffect(() -> !roster.find(m).orElseThrow().mobile());
        publish(new MemberStatusChanged(m, branchA, pathOf(branchA), "PROBATIONARY", "MOBILE", null, today()));
        awaitEffect(() -> roster.find(m).orElseThrow().mobile());
        assertThat(roster.find(m).orElseThrow().status()).as("a version-one MOBILE keeps the standing apart")
                .isEqualTo("PROBATIONARY");
    }

    @Test
    void a_relocated_member_is_transferred_from_their_new_branch() {
        long m = member(branchA, "许可");
        publish(new MemberRelocated(m, branchA, pathOf(branchA), branchB, pathOf(branchB), null));
        awaitEffect(() -> roster("org_id", m).equals(String.valueOf(branchB)));
        MvcTestResult byOldBranch = post(branchAAdmin, "/api/transfers", Map.of("memberId", String.valueOf(m),
                "kind", "IN_CITY", "toOrgId", String.valueOf(branchC), "reasonCode", "01",
                "plannedDate", today().toString()));
        assertThat(byOldBranch.getResponse().getStatus()).as("no longer a member of branch A").isEqualTo(404);
    }

    @Test
    void when_a_town_moves_its_transfers_and_members_follow_and_stay_in_scope() {
        long m = member(branchA, "宋佳");
        long id = registerInCity(m, branchC);
        long district = nextId();
        publish(new OrgCreated(district, root, path(root, district), null, "高新区党工委",
                "WORKING_COMMITTEE", "PARK"));
        String oldPath = path(root, town1);
        String newPath = path(root, district, town1);
        publish(new OrgMoved(town1, root, district, oldPath, newPath));
        awaitEffect(() -> roster("org_path", m).startsWith(newPath));

        String movedTownAdmin = TestTokens.orgAdmin(town1, town1, newPath);
        assertThat(get(movedTownAdmin, "/api/transfers/" + id).getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT from_org_path FROM transfer WHERE id = ?", String.class, id))
                .isEqualTo(newPath + branchA + "/");
        assertThat(LocalDate.parse(body(get(movedTownAdmin, "/api/transfers/" + id)).get("plannedDate").asString()))
                .isAfter(today());
    }

    private String roster(String column, long member) {
        return jdbc.queryForObject("SELECT " + column + " FROM member_ref WHERE member_id = ?", String.class, member);
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
