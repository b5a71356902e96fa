package org.dangjian.cadre.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.cadre.analytics.CadreAnalyticsView.Count;
import org.dangjian.cadre.analytics.CadreAnalyticsView.Pipeline;
import org.dangjian.cadre.analytics.CadreAnalyticsView.Turnover;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.cadre.quarter.Quarter;
import org.dangjian.kit.codes.Code;
import org.dangjian.kit.codes.Education;
import org.dangjian.kit.figures.FiguresCache;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The analysis of a subtree's cadres (年龄结构、学历分布、后备梯队) today, or at the end of a past quarter from its
 * snapshot: its {@link Facts} read in two queries whatever the subtree's size (today: every appointment with its
 * holder's details, a member's from the roster, then the reserve entries), then counted here. A cadre counts once in
 * the person figures however many posts they hold. The whole city's reads some 30,000 rows (CadreBenchmark: about
 * 130 ms, half of it fetching and decoding them), so the figures are kept (figures-cache-kit) until the service's data
 * next changes: any write through MyBatis, any event applied (the roster, the tree), the day (ages and tenure move with
 * it). A quarter's snapshot is written once, before anyone can read it.
 */
@Service
class CadreAnalytics {
    static final int TURNOVER_YEARS = 5;
    private static final int ENDS_ON = 8;
    private static final int ORG_STATUS = 9;
    static final String BAD_QUARTER = "CADRE_QUARTER_INVALID";
    static final String NO_SNAPSHOT = "CADRE_QUARTER_SNAPSHOT_NOT_FOUND";
    private static final String PERSON = "COALESCE(m.gender, c.gender) AS gender, COALESCE(m.birth_date, c.birth_date)"
            + " AS birth_date, COALESCE(m.education, c.education) AS education";
    private static final String HOLDER = " JOIN cadre c ON c.id = %s.cadre_id LEFT JOIN member_ref m ON m.member_id = c.member_id";
    private final OrgDirectory orgs;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FiguresCache cache;

    CadreAnalytics(OrgDirectory orgs, JdbcClient jdbc, Clock clock, FiguresCache cache) {
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = cache;
    }

    /** The analysis, from the cache when nothing changed since it was computed; scope is checked every time. */
    CadreAnalyticsView of(Long orgId, String quarter, CurrentUser caller) {
        OrgRef org = orgs.findInScope(orgId != null ? orgId : caller.orgId(), caller);
        Source source = source(quarter);
        String key = "analytics:" + (source.quarter() != null ? source.quarter() : source.asOf()) + ":" + org.orgId();
        return cache.get(key, CadreAnalyticsView.class, () -> of(facts(org, source)));
    }


    CadreAnalyticsView of(Facts facts) {
        LocalDate today = facts.asOf();
        List<Facts.Post> people = facts.people();
        List<Facts.Post> secretaries = facts.secretaries();
        int alsoDirectors = facts.secretariesAlsoDirectors().size();
        return new CadreAnalyticsView(facts.org().orgId(), facts.org().name(), today, facts.quarter(), people.size(),
                averageAge(people, today), ageBands(facts, people), education(people), gender(people),
                tenure(facts, secretaries), facts.organisationsWithSecretary(), facts.vacancies().size(),
                alsoDirectors, percent(alsoDirectors, secretaries.size()),
                (int) facts.posts().stream().filter(p -> p.position() == Position.GRADUATE_OFFICIAL).count(),
                pipeline(facts), turnover(facts.changes(), today));
    }

    /**
     * What the figures of a subtree count, today or at the end of a past quarter. Today's come from one pass over every
     * appointment of the subtree, held or left, with the holder's details (a member's from the roster) and whether
     * its organisation is active: the posts held, the organisations whose cadres are kept and the turnover are all in
     * it (three passes over the same rows cost twice as much at the city's scale, CadreBenchmark); the reserve entries
     * come from a second query. A past quarter's posts, reserves and organisations come from its snapshot, the
     * turnover from the appointments.
     */
    Facts facts(Long orgId, String quarter, CurrentUser caller) {
        return facts(orgs.findInScope(orgId != null ? orgId : caller.orgId(), caller), source(quarter));
    }

    private Source source(String quarter) {
        return quarter == null || quarter.isBlank() ? Source.live(LocalDate.now(clock)) : snapshot(quarter);
    }

    private Facts facts(OrgRef org, Source source) {
        LocalDate asOf = source.asOf();
        LocalDate from = LocalDate.of(asOf.getYear() - TURNOVER_YEARS + 1, 1, 1);
        List<Facts.Post> posts = new ArrayList<>();
        // vacancies among the organisations whose cadres are kept here: those with any post recorded, held or left
        // (a city enters its villages and communities first; an enterprise's branch with no cadres recorded is not
        // a vacancy), active, without a secretary in office
        Set<Long> kept = new HashSet<>();
        List<Change> changes = new ArrayList<>();
        jdbc.sql(ScopedSql.of(source.posts())).param("path", org.path()).params(source.params())
                .query((RowCallbackHandler) rs -> {
                    Facts.Post post = post(rs);
                    if (source.quarter() != null) {
                        posts.add(post);
                        return;
                    }
                    LocalDate ended = rs.getObject(ENDS_ON, LocalDate.class);
                    if (ended == null) {
                        posts.add(post);
                    }
                    if ("ACTIVE".equals(rs.getString(ORG_STATUS))) {
                        kept.add(post.orgId());
                    }
                    change(post, ended, from, asOf).ifPresent(changes::add);
                });
        List<Facts.Post> reserves = new ArrayList<>();
        jdbc.sql(ScopedSql.of(source.reserves())).param("path", org.path()).params(source.params())
                .query((RowCallbackHandler) rs -> reserves.add(post(rs)));
        if (source.quarter() != null) {
            kept.addAll(jdbc.sql(ScopedSql.of(source.kept())).param("path", org.path()).params(source.params())
                    .query(Long.class).list());
            changes.addAll(changes(org.path(), asOf));
        }
        return new Facts(org, asOf, source.quarter(), posts, reserves, kept, changes);
    }

    /**
     * A row of any of the fact queries, which all open with the same seven columns (cadre, organisation, position,
     * since, sex, birth date, education; today's posts add the end and the organisation's status): read by position,
     * as looking 30,000 rows' columns up by name showed in the profile.
     */
    private static Facts.Post post(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Facts.Post(rs.getLong(1), rs.getLong(2), Position.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7));
    }

    /** The post as turnover counts it, when taken up or left within the five years to {@code asOf}. */
    private static java.util.Optional<Change> change(Facts.Post post, LocalDate ended, LocalDate from, LocalDate asOf) {
        LocalDate started = post.startsOn();
        LocalDate in = !started.isBefore(from) && !started.isAfter(asOf) ? started : null;
        LocalDate out = ended != null && !ended.isBefore(from) && !ended.isAfter(asOf) ? ended : null;
        return in == null && out == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Change(post.cadreId(), post.orgId(), post.position(), in, out));
    }

    /** A post taken up or left within the turnover's years (what its figures count and list). */
    record Change(long cadreId, long orgId, Position position, LocalDate startsOn, LocalDate endsOn) {
    }

    /** The posts of the subtree taken up or left in the five years to {@code asOf}, up to that day. */
    private List<Change> changes(String path, LocalDate asOf) {
        LocalDate from = LocalDate.of(asOf.getYear() - TURNOVER_YEARS + 1, 1, 1);
        List<Change> found = new ArrayList<>();
        jdbc.sql(ScopedSql.of("SELECT a.cadre_id, a.org_id, a.position, a.starts_on, a.ends_on FROM appointment a WHERE "
                        + SubtreePaths.under("a.org_path", "path") + " AND (a.starts_on >= :from OR a.ends_on >= :from)"))
                .param("path", path).param("from", from)
                .query((RowCallbackHandler) rs -> change(new Facts.Post(rs.getLong("cadre_id"), rs.getLong("org_id"),
                                Position.valueOf(rs.getString("position")), rs.getObject("starts_on", LocalDate.class),
                                null, null, null), rs.getObject("ends_on", LocalDate.class), from, asOf)
                        .ifPresent(found::add));
        return found;
    }

    /**
     * Where the figures come from: today's posts and reserves, or a past quarter's snapshot (its posts and reserves
     * on its last day with their holders' details then, the organisations that had an update to make).
     */
    private record Source(LocalDate asOf, String quarter, String posts, String reserves, String kept, Map<String, Object> params) {
        static Source live(LocalDate today) {
            return new Source(today, null, "SELECT a.cadre_id, a.org_id, a.position, a.starts_on, " + PERSON
                    + ", a.ends_on, o.status AS org_status FROM appointment a" + HOLDER.formatted("a")
                    + " LEFT JOIN org_ref o ON o.org_id = a.org_id WHERE " + SubtreePaths.under("a.org_path", "path"),
                    "SELECT r.cadre_id, r.org_id, r.position, r.since AS starts_on, " + PERSON + " FROM reserve r"
                            + HOLDER.formatted("r") + " WHERE "
                            + SubtreePaths.under("r.org_path", "path") + " AND r.until IS NULL",
                    null, Map.of());
        }

        static Source quarter(Quarter quarter) {
            String held = " FROM quarter_holding h WHERE h.quarter = :quarter AND h.kind = :kind AND "
                    + SubtreePaths.under("h.org_path", "path");
            return new Source(quarter.lastDay(), quarter.toString(), "SELECT h.cadre_id, h.org_id, h.position, h.starts_on, h.gender,"
                    + " h.birth_date, h.education" + held.replace(":kind", "'POST'"),
                    "SELECT h.cadre_id, h.org_id, h.position, h.starts_on, h.gender, h.birth_date,"
                            + " h.education" + held.replace(":kind", "'RESERVE'"),
                    "SELECT DISTINCT t.org_id FROM quarter_task t WHERE t.quarter = :quarter AND "
                            + SubtreePaths.under("t.org_path", "path"),
                    Map.of("quarter", quarter.toString()));
        }
    }

    private Source snapshot(String text) {
        Quarter quarter = Quarter.parse(text).orElseThrow(() -> ApiException.invalidField("quarter", BAD_QUARTER));
        if (jdbc.sql("SELECT COUNT(*) FROM quarter_snapshot WHERE quarter = ?").param(quarter.toString())
                .query(Integer.class).single() == 0) {
            throw ApiException.notFound(NO_SNAPSHOT, quarter.label());
        }
        return Source.quarter(quarter);
    }

    /** Posts taken up and left in each of the five years to {@code asOf}. */
    private static List<Turnover> turnover(List<Change> changes, LocalDate asOf) {
        int thisYear = asOf.getYear();
        Map<Integer, int[]> years = new LinkedHashMap<>();
        for (int y = thisYear - TURNOVER_YEARS + 1; y <= thisYear; y++) {
            years.put(y, new int[2]);
        }
        for (Change c : changes) {
            if (c.startsOn() != null) {
                years.get(c.startsOn().getYear())[0]++;
            }
            if (c.endsOn() != null) {
                years.get(c.endsOn().getYear())[1]++;
            }
        }
        return years.entrySet().stream().map(e -> new Turnover(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static List<Pipeline> pipeline(Facts facts) {
        Map<Position, Integer> holders = new EnumMap<>(Position.class);
        facts.posts().forEach(p -> holders.merge(p.position(), 1, Integer::sum));
        Map<Position, List<Facts.Post>> reserves = new EnumMap<>(Position.class);
        facts.reserves().forEach(r -> reserves.computeIfAbsent(r.position(), k -> new ArrayList<>()).add(r));
        List<Pipeline> rows = new ArrayList<>();
        for (Position p : Position.values()) {
            int held = holders.getOrDefault(p, 0);
            List<Facts.Post> kept = reserves.getOrDefault(p, List.of());
            if (held == 0 && kept.isEmpty()) {
                continue;
            }
            rows.add(new Pipeline(p, held, kept.size(), held == 0 ? null
                    : BigDecimal.valueOf(kept.size()).divide(BigDecimal.valueOf(held), 1, RoundingMode.HALF_UP),
                    averageAge(kept, facts.asOf())));
        }
        return rows;
    }

    private static BigDecimal averageAge(Collection<Facts.Post> people, LocalDate today) {
        int[] sum = new int[2];
        people.stream().filter(h -> h.birthDate() != null).forEach(h -> {
            sum[0] += h.age(today);
            sum[1]++;
        });
        return sum[1] == 0 ? null : BigDecimal.valueOf(sum[0]).divide(BigDecimal.valueOf(sum[1]), 1, RoundingMode.HALF_UP);
    }

    private static List<Count> ageBands(Facts facts, Collection<Facts.Post> people) {
        Map<String, Integer> n = new HashMap<>();
        people.stream().map(facts::ageBand).filter(java.util.Objects::nonNull).forEach(b -> n.merge(b, 1, Integer::sum));
        return Arrays.stream(AgeBand.values())
                .map(b -> new Count(b.name(), b.label(), n.getOrDefault(b.name(), 0))).toList();
    }

    /** By level of GB/T 4658 (研究生, 大学本科, 大学专科, ...), highest first; those without a code last. */
    private static List<Count> education(Collection<Facts.Post> people) {
        Map<String, Integer> n = new HashMap<>();
        people.forEach(p -> n.merge(Facts.educationLevel(p), 1, Integer::sum));
        return n.keySet().stream().sorted().map(k -> new Count(k, Facts.educationLevelLabel(k), n.get(k))).toList();
    }

    private static List<Count> gender(Collection<Facts.Post> people) {
        int male = (int) people.stream().filter(p -> "MALE".equals(p.gender())).count();
        int female = (int) people.stream().filter(p -> "FEMALE".equals(p.gender())).count();
        return List.of(new Count("MALE", "男", male), new Count("FEMALE", "女", female));
    }

    private static List<Count> tenure(Facts facts, Collection<Facts.Post> secretaries) {
        Map<String, Integer> n = new HashMap<>();
        secretaries.forEach(s -> n.merge(facts.tenure(s), 1, Integer::sum));
        return Facts.TENURES.stream().map(t -> new Count(t.getKey(), t.getValue(), n.getOrDefault(t.getKey(), 0)))
                .toList();
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

}
