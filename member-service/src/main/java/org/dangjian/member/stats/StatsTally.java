package org.dangjian.member.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.codes.Code;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.codes.Education;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.MembershipState;
import org.dangjian.member.record.PartyStanding;

/**
 * Counts the members of one scan into every breakdown at once, in arrays indexed by the scan's codes
 * (65,000 members at city scale: no per-member map lookups or strings). Plain Java, no Spring.
 */
final class StatsTally {
    private static final Map<Gender, String> GENDER_LABELS = Map.of(Gender.MALE, "男", Gender.FEMALE, "女");
    private static final MembershipState[] STATES = MembershipState.values();
    private static final PartyStanding[] STANDINGS = PartyStanding.values();
    /** The GB/T 4658 levels (10 研究生教育 ... 90 其他), from the kit, in the standard's order. */
    private static final List<Code> EDUCATION_LEVELS = CodeTables.education().entries().stream()
            .filter(c -> Education.level(c.code()).map(l -> l.code().equals(c.code())).orElse(false)).toList();
    /** GB 3304 codes run to 98 (外国血统中国籍人士). */
    private static final int HIGHEST_ETHNICITY = CodeTables.ethnicities().entries().stream()
            .mapToInt(c -> Integer.parseInt(c.code())).max().orElse(0);

    private long total;
    private long active;
    private final long[] state = new long[STATES.length];
    private final long[] standing = new long[STANDINGS.length];
    private long mobile;
    private final long[] gender = new long[Gender.values().length];
    private final long[] ageBands = new long[AgeBands.count()];
    /** By level digit (1-9); slot 0 counts members whose education is not recorded. */
    private final long[] education = new long[10];
    /** By GB 3304 number, so Han (1) comes first. */
    private final long[] ethnicity = new long[HIGHEST_ETHNICITY + 1];
    private final long[] periods = new long[AdmissionPeriods.count()];
    private final Map<Long, Long> children = new LinkedHashMap<>();

    void add(CountedMember m) {
        total++;
        state[m.state()]++;
        if (!STATES[m.state()].active()) {
            return;
        }
        active++;
        standing[m.standing()]++;
        if (m.mobile()) {
            mobile++;
        }
        gender[m.gender()]++;
        ageBands[m.ageBand()]++;
        education[m.educationLevel()]++;
        ethnicity[m.ethnicity()]++;
        periods[m.period()]++;
        children.merge(m.childId(), 1L, Long::sum);
    }

    /** {@code children} are the organisation's direct children; its own members count under itself. */
    MemberStatsView view(OrgRef org, List<OrgRef> childOrgs) {
        List<StatsBucket> byState = new ArrayList<>();
        for (MembershipState s : STATES) {
            byState.add(StatsBucket.of(s.name(), s.label(), state[s.ordinal()], total));
        }
        List<StatsBucket> byStanding = new ArrayList<>();
        for (PartyStanding s : STANDINGS) {
            byStanding.add(StatsBucket.of(s.name(), s.label(), standing[s.ordinal()], active));
        }
        // Mobility is counted beside the standing: a mobile member is in byStanding too.
        List<StatsBucket> byMobility = List.of(StatsBucket.of("MOBILE", "流动党员", mobile, active),
                StatsBucket.of("AT_BRANCH", "非流动党员", active - mobile, active));
        List<StatsBucket> byGender = new ArrayList<>();
        for (Gender g : Gender.values()) {
            byGender.add(StatsBucket.of(g.name(), GENDER_LABELS.get(g), gender[g.ordinal()], active));
        }
        List<StatsBucket> byAge = new ArrayList<>();
        for (int i = 0; i < ageBands.length; i++) {
            byAge.add(StatsBucket.of(AgeBands.key(i), AgeBands.label(i), ageBands[i], active));
        }
        List<StatsBucket> byEducation = new ArrayList<>();
        for (Code level : EDUCATION_LEVELS) {
            byEducation.add(StatsBucket.of(level.code(), level.label(), education[level.code().charAt(0) - '0'], active));
        }
        if (education[0] > 0) {
            byEducation.add(StatsBucket.of("UNKNOWN", "未填写", education[0], active));
        }
        List<StatsBucket> byEthnicity = new ArrayList<>();
        for (int i = 1; i < ethnicity.length; i++) {
            if (ethnicity[i] > 0) {
                String code = String.format("%02d", i);
                byEthnicity.add(StatsBucket.of(code, CodeTables.ethnicities().label(code).orElse(code), ethnicity[i], active));
            }
        }
        List<StatsBucket> byPeriod = new ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            byPeriod.add(StatsBucket.of(AdmissionPeriods.key(i), AdmissionPeriods.label(i), periods[i], active));
        }
        return new MemberStatsView(org.orgId(), org.name(), Math.toIntExact(total), Math.toIntExact(active), byState, byStanding,
                byMobility, byGender, byAge, byEducation,
                byEthnicity, byPeriod, byChild(org, childOrgs));
    }

    private List<StatsBucket> byChild(OrgRef org, List<OrgRef> childOrgs) {
        Map<Long, Long> left = new LinkedHashMap<>(children);
        List<StatsBucket> buckets = new ArrayList<>();
        Long own = left.remove(null);
        if (own != null) {
            buckets.add(StatsBucket.of(Long.toString(org.orgId()), org.name(), own, active));
        }
        for (OrgRef child : childOrgs) {
            Long n = left.remove(child.orgId());
            buckets.add(StatsBucket.of(Long.toString(child.orgId()), child.name(), n == null ? 0 : n, active));
        }
        // Members under a path segment the local tree does not know yet (events still on their way).
        left.forEach((id, n) -> buckets.add(StatsBucket.of(Long.toString(id), Long.toString(id), n, active)));
        return buckets;
    }
}
