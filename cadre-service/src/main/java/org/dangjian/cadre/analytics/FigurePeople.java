package org.dangjian.cadre.analytics;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.cadre.record.CadreRecords;
import org.dangjian.cadre.record.Person;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Service;

/**
 * The list behind each figure of the analysis (点击数字看名单): read from the same facts the figure counted, so the
 * list always holds what was counted; names and organisation names are added for the page asked only.
 */
@Service
class FigurePeople {
    static final String KEY_REQUIRED = "CADRE_FIGURE_KEY_REQUIRED";
    static final String KEY_INVALID = "CADRE_FIGURE_KEY_INVALID";
    private final CadreAnalytics analytics;
    private final CadreRecords records;
    private final OrgDirectory orgs;

    FigurePeople(CadreAnalytics analytics, CadreRecords records, OrgDirectory orgs) {
        this.analytics = analytics;
        this.records = records;
        this.orgs = orgs;
    }

    PageResult<FigureRow> page(Long orgId, String quarter, CadreFigure figure, String key, PageQuery page,
                               CurrentUser caller) {
        Facts facts = analytics.facts(orgId, quarter, caller);
        List<Line> all = lines(facts, figure, key);
        int from = (int) Math.min(all.size(), page.offset());
        return PageResult.of(rows(all.subList(from, Math.min(all.size(), from + page.size())), facts.asOf()),
                all.size(), page);
    }

    /** Every post held (one line each, a person with two posts twice), for the workbook. */
    List<FigureRow> posts(Facts facts) {
        return rows(lines(facts.posts(), p -> true), facts.asOf());
    }

    /** Every reserve entry, for the workbook. */
    List<FigureRow> reserves(Facts facts) {
        return rows(lines(facts.reserves(), p -> true), facts.asOf());
    }

    /** A person at a post, a reserve entry, a post taken up or left, or a vacant organisation (no cadre). */
    private record Line(Long cadreId, long orgId, Position position, LocalDate date, String gender, LocalDate birthDate,
                        String education) {
        static Line of(Facts.Post p) {
            return new Line(p.cadreId(), p.orgId(), p.position(), p.startsOn(), p.gender(), p.birthDate(), p.education());
        }
    }

    private List<Line> lines(Facts f, CadreFigure figure, String key) {
        return switch (figure) {
            case CADRES -> lines(f.people(), p -> true);
            case AGE_BAND -> lines(f.people(), p -> required(key).equals(f.ageBand(p)));
            case EDUCATION -> lines(f.people(), p -> required(key).equals(Facts.educationLevel(p)));
            case GENDER -> lines(f.people(), p -> required(key).equals(p.gender()));
            case SECRETARY_TENURE -> lines(f.secretaries(), p -> required(key).equals(f.tenure(p)));
            case SECRETARIES -> lines(f.secretaries(), p -> true);
            case SECRETARIES_ALSO_DIRECTORS -> lines(f.secretariesAlsoDirectors(), p -> true);
            case GRADUATE_OFFICIALS -> lines(f.posts(), p -> p.position() == Position.GRADUATE_OFFICIAL);
            case HOLDERS -> lines(f.posts(), p -> p.position() == position(key));
            case RESERVES -> key == null ? lines(f.reserves(), p -> true)
                    : lines(f.reserves(), p -> p.position() == position(key));
            case VACANCIES -> f.vacancies().stream().sorted()
                    .map(org -> new Line(null, org, Position.SECRETARY, null, null, null, null)).toList();
            case STARTED -> changes(f, key, true);
            case ENDED -> changes(f, key, false);
        };
    }

    private static List<Line> lines(List<Facts.Post> posts, Predicate<Facts.Post> which) {
        return posts.stream().filter(which).map(Line::of).toList();
    }

    private List<Line> changes(Facts f, String key, boolean started) {
        int year;
        try {
            year = Integer.parseInt(required(key));
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("key", KEY_INVALID, key);
        }
        return f.changes().stream().map(c -> started
                        ? new Line(c.cadreId(), c.orgId(), c.position(), c.startsOn(), null, null, null)
                        : new Line(c.cadreId(), c.orgId(), c.position(), c.endsOn(), null, null, null))
                .filter(l -> l.date() != null && l.date().getYear() == year).toList();
    }

    private static String required(String key) {
        if (key == null || key.isBlank()) {
            throw ApiException.invalidField("key", KEY_REQUIRED);
        }
        return key;
    }

    private static Position position(String key) {
        String name = required(key);
        return Arrays.stream(Position.values()).filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.invalidField("key", KEY_INVALID, name));
    }

    /** Two queries for any number of lines: the people (within the caller's scope), the organisations' names. */
    private List<FigureRow> rows(List<Line> lines, LocalDate asOf) {
        Map<Long, Person> people = records.persons(lines.stream().map(Line::cadreId).filter(Objects::nonNull)
                .distinct().toList());
        Map<Long, OrgRef> named = orgs.findAll(lines.stream().map(Line::orgId).distinct().toList());
        return lines.stream().map(l -> {
            Person p = l.cadreId() == null ? null : people.get(l.cadreId());
            String gender = l.gender() != null ? l.gender() : p == null ? null : p.gender();
            LocalDate born = l.birthDate() != null ? l.birthDate() : p == null ? null : p.birthDate();
            String education = l.education() != null ? l.education() : p == null ? null : p.education();
            String level = l.cadreId() == null ? null : Facts.educationLevel(education);
            return new FigureRow(l.cadreId(), p == null ? null : p.name(), gender,
                    born == null ? null : Period.between(born, asOf).getYears(),
                    level == null ? null : Facts.educationLevelLabel(level), l.orgId(),
                    named.containsKey(l.orgId()) ? named.get(l.orgId()).name() : null, l.position(), l.date());
        }).toList();
    }
}
