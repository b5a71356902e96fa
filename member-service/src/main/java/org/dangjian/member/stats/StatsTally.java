package org.dangjian.member.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.member.orgs.OrgRef;
import org.dangjian.member.record.Education;
import org.dangjian.member.record.Ethnicities;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.MemberStatus;

/** Folds the members (or groups of members) of one scan into every breakdown at once. Plain Java, no Spring. */
final class StatsTally {
    private static final Map<Gender, String> GENDER_LABELS = Map.of(Gender.MALE, "男", Gender.FEMALE, "女");
    private static final String UNKNOWN = "UNKNOWN";

    private long total;
    private long active;
    private final Map<MemberStatus, Long> status = new EnumMap<>(MemberStatus.class);
    private final Map<Gender, Long> gender = new EnumMap<>(Gender.class);
    private final long[] ageBands = new long[AgeBands.count()];
    private final Map<String, Long> education = new LinkedHashMap<>();
    /** GB 3304 codes sort Han ("01") first. */
    private final Map<String, Long> ethnicity = new TreeMap<>();
    private final long[] periods = new long[AdmissionPeriods.count()];
    private final Map<Long, Long> children = new LinkedHashMap<>();

    StatsTally() {
        for (Education e : Education.values()) {
            education.put(e.name(), 0L);
        }
    }

    void add(StatsCell c) {
        long n = c.count();
        MemberStatus s = MemberStatus.valueOf(c.status());
        total += n;
        status.merge(s, n, Long::sum);
        if (!s.active()) {
            return;
        }
        active += n;
        gender.merge(Gender.valueOf(c.gender()), n, Long::sum);
        ageBands[c.ageBand()] += n;
        education.merge(c.education() == null ? UNKNOWN : c.education(), n, Long::sum);
        ethnicity.merge(c.ethnicity(), n, Long::sum);
        periods[c.period()] += n;
        children.merge(c.childId(), n, Long::sum);
    }

    /** {@code children} are the organisation's direct children; its own members count under itself. */
    MemberStatsView view(OrgRef org, List<OrgRef> childOrgs) {
        List<StatsBucket> byStatus = new ArrayList<>();
        for (MemberStatus s : MemberStatus.values()) {
            byStatus.add(StatsBucket.of(s.name(), s.label(), status.getOrDefault(s, 0L), total));
        }
        List<StatsBucket> byGender = new ArrayList<>();
        for (Gender g : Gender.values()) {
            byGender.add(StatsBucket.of(g.name(), GENDER_LABELS.get(g), gender.getOrDefault(g, 0L), active));
        }
        List<StatsBucket> byAge = new ArrayList<>();
        for (int i = 0; i < ageBands.length; i++) {
            byAge.add(StatsBucket.of(AgeBands.key(i), AgeBands.label(i), ageBands[i], active));
        }
        List<StatsBucket> byEducation = new ArrayList<>();
        education.forEach((key, n) -> {
            if (!UNKNOWN.equals(key) || n > 0) {
                String label = UNKNOWN.equals(key) ? "未填写" : Education.valueOf(key).label();
                byEducation.add(StatsBucket.of(key, label, n, active));
            }
        });
        List<StatsBucket> byEthnicity = new ArrayList<>();
        ethnicity.forEach((code, n) -> byEthnicity.add(StatsBucket.of(code, Ethnicities.name(code), n, active)));
        List<StatsBucket> byPeriod = new ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            byPeriod.add(StatsBucket.of(AdmissionPeriods.key(i), AdmissionPeriods.label(i), periods[i], active));
        }
        return new MemberStatsView(org.orgId(), org.name(), total, active, byStatus, byGender, byAge, byEducation,
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
