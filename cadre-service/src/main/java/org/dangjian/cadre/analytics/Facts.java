package org.dangjian.cadre.analytics;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.kit.codes.Code;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.codes.Education;
import org.dangjian.kit.orgs.OrgRef;

/**
 * What the analysis of a subtree counts, on a day: the posts held and the reserve entries kept, each with the
 * holder's sex, birth date and education then, the organisations whose cadres are kept, and the posts taken up or
 * left in the turnover's five years. The figures and the
 * lists behind them ({@link FigurePeople}) are both read from here, so that a list always holds what its figure
 * counted; the headings a person falls under are decided here, once.
 */
record Facts(OrgRef org, LocalDate asOf, String quarter, List<Post> posts, List<Post> reserves, Set<Long> kept,
             List<CadreAnalytics.Change> changes) {
    static final String NOT_RECORDED = "NONE";

    /** A post held since {@code startsOn}, or a reserve entry kept since then, by a cadre with their details then. */
    record Post(long cadreId, long orgId, Position position, LocalDate startsOn, String gender, LocalDate birthDate,
                String education) {

        /** Whole years on {@code day} (as Period.between counts them, without its cost over a city's cadres). */
        Integer age(LocalDate day) {
            if (birthDate == null) {
                return null;
            }
            int years = day.getYear() - birthDate.getYear();
            boolean before = day.getMonthValue() < birthDate.getMonthValue()
                    || day.getMonthValue() == birthDate.getMonthValue() && day.getDayOfMonth() < birthDate.getDayOfMonth();
            return before ? years - 1 : years;
        }
    }

    /** Each person holding a post, once, at the first of their posts as read: the person figures count these. */
    List<Post> people() {
        return once(posts);
    }

    /** Each secretary once (one in office in two organisations is one person in post). */
    List<Post> secretaries() {
        return once(posts.stream().filter(p -> p.position() == Position.SECRETARY).toList());
    }

    /** Secretaries who also direct the residents' committee (一肩挑), anywhere in the subtree. */
    List<Post> secretariesAlsoDirectors() {
        Set<Long> directors = posts.stream().filter(p -> p.position() == Position.RESIDENTS_DIRECTOR)
                .map(Post::cadreId).collect(Collectors.toSet());
        return secretaries().stream().filter(p -> directors.contains(p.cadreId())).toList();
    }

    /** Organisations whose cadres are kept here, active, without a secretary in office. */
    Set<Long> vacancies() {
        Set<Long> withSecretary = posts.stream().filter(p -> p.position() == Position.SECRETARY).map(Post::orgId)
                .collect(Collectors.toSet());
        return kept.stream().filter(o -> !withSecretary.contains(o)).collect(Collectors.toSet());
    }

    private static List<Post> once(List<Post> posts) {
        return List.copyOf(posts.stream().collect(Collectors.toMap(Post::cadreId, p -> p, (first, other) -> first,
                java.util.LinkedHashMap::new)).values());
    }

    /** How many organisations whose cadres are kept here have a secretary in office. */
    int organisationsWithSecretary() {
        return kept.size() - vacancies().size();
    }

    /** The age band a person falls in on the day of the figures; null without a birth date. */
    String ageBand(Post p) {
        Integer age = p.age(asOf);
        return age == null ? null : AgeBand.of(age).name();
    }

    /** The person's level of GB/T 4658 (研究生, 大学本科, ...), or {@link #NOT_RECORDED}. */
    static String educationLevel(Post p) {
        return educationLevel(p.education());
    }

    /** The level of a GB/T 4658 code, or {@link #NOT_RECORDED}. */
    static String educationLevel(String education) {
        Code level = education == null ? null : Education.level(education).orElse(null);
        return level == null ? NOT_RECORDED : level.code();
    }

    static String educationLevelLabel(String key) {
        return NOT_RECORDED.equals(key) ? "未填写" : CodeTables.education().label(key).orElse(key);
    }

    /** The secretary's years in post, as a heading: UNDER_3, FROM_3_TO_5, FROM_6_TO_10, OVER_10. */
    String tenure(Post secretary) {
        int years = Period.between(secretary.startsOn(), asOf).getYears();
        return years < 3 ? "UNDER_3" : years <= 5 ? "FROM_3_TO_5" : years <= 10 ? "FROM_6_TO_10" : "OVER_10";
    }

    /** The tenure headings in order, with their labels. */
    static final List<Map.Entry<String, String>> TENURES = List.of(Map.entry("UNDER_3", "不满3年"),
            Map.entry("FROM_3_TO_5", "3至5年"), Map.entry("FROM_6_TO_10", "6至10年"), Map.entry("OVER_10", "10年以上"));
}
