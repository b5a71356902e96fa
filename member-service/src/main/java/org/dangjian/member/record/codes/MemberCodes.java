package org.dangjian.member.record.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.kit.codes.CodeTable;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.codes.Regions;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.member.record.MemberDraft;

/**
 * A member's coded fields, all from the code-tables kit: 民族 GB 3304, 学历 GB/T 4658, 籍贯 GB/T 2260 and 工作岗位
 * (the kit's occupations, from which points-service derives the dues group). The API takes codes; imports and
 * recruitment events also the tables' labels. Records store codes; clients get the names beside them.
 */
public final class MemberCodes {
    public static final String HAN = "01";
    /**
     * The short labels member-service offered before issue 18, read as the level they named so that old
     * exports and templates import again; 初中及以下 had no finer value than 初级中学教育.
     */
    private static final Map<String, String> EDUCATION_BEFORE_GB_T_4658 = Map.of("研究生", "10", "大学本科", "20",
            "大学专科", "30", "中专", "40", "高中", "60", "初中及以下", "70", "初中", "70", "小学", "80");

    private MemberCodes() {
    }

    /** GB 3304 code of a code or name, the trailing 族 optional ({@code 回} → {@code 03}). */
    public static Optional<String> ethnicity(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        CodeTable table = CodeTables.ethnicities();
        if (table.isValid(t)) {
            return Optional.of(t);
        }
        return table.codeOf(t).or(() -> t.endsWith("族") ? Optional.empty() : table.codeOf(t + "族"));
    }

    /** GB/T 4658 code of a code, its name, or one of the short labels used before the standard was taken in full. */
    public static Optional<String> education(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        CodeTable table = CodeTables.education();
        if (table.isValid(t)) {
            return Optional.of(t);
        }
        return table.codeOf(t).or(() -> Optional.ofNullable(EDUCATION_BEFORE_GB_T_4658.get(t)));
    }

    public static String ethnicityName(String code) {
        return CodeTables.ethnicities().label(code).orElse(null);
    }

    public static String educationName(String code) {
        return CodeTables.education().label(code).orElse(null);
    }

    public static String occupationName(String code) {
        return CodeTables.occupations().label(code).orElse(null);
    }

    public static String regionName(String code) {
        return RegionNames.fullName(code).orElse(null);
    }

    /** Each coded field that holds no code of its table, named as in the JSON API. */
    public static List<FieldProblem> check(MemberDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.nativePlace() != null && !Regions.isValid(d.nativePlace())) {
            problems.add(new FieldProblem("nativePlace", "MEMBER_NATIVE_PLACE_UNKNOWN"));
        }
        if (d.education() != null && !CodeTables.education().isValid(d.education())) {
            problems.add(new FieldProblem("education", "MEMBER_EDUCATION_UNKNOWN"));
        }
        if (d.occupation() != null && !CodeTables.occupations().isValid(d.occupation())) {
            problems.add(new FieldProblem("occupation", "MEMBER_OCCUPATION_UNKNOWN"));
        }
        return problems;
    }
}
