package org.dangjian.kit.codes;

/**
 * The kit's code tables, each read once from its resource under {@code dj-code-tables/} (the source is cited in
 * the file's head and in the folder's README). Regions have their own API: {@link Regions}.
 */
public final class CodeTables {
    private CodeTables() {
    }

    /** GB/T 4658-2006 学历代码; see {@link Education} for level, completion and study mode. */
    public static CodeTable education() {
        return Tables.EDUCATION;
    }

    /** GB 3304-1991 民族代码: 56 groups, 97 其他, 98 外国血统中国籍人士. */
    public static CodeTable ethnicities() {
        return Tables.ETHNICITIES;
    }

    /** GB/T 2261.1-2003 人的性别代码: 0 未知的性别, 1 男, 2 女, 9 未说明的性别. */
    public static CodeTable sexes() {
        return Tables.SEXES;
    }

    /** 党员工作岗位: the 党内统计公报's categories, platform codes; attribute {@code duesGroup}. */
    public static CodeTable occupations() {
        return Tables.OCCUPATIONS;
    }

    /** 组织关系转接原因: platform codes. */
    public static CodeTable transferReasons() {
        return Tables.TRANSFER_REASONS;
    }

    /** 党组织所在单位类别: the 党内统计公报's categories; attribute {@code statisticalGroup}. */
    public static CodeTable orgCategories() {
        return Tables.ORG_CATEGORIES;
    }

    /** Loaded on first use, once per JVM. */
    private static final class Tables {
        static final CodeTable EDUCATION = CsvTables.table("GB/T 4658-2006 学历代码",
                "GB/T 4658-2006, typed from the standard", "education.csv");
        static final CodeTable ETHNICITIES = CsvTables.table("GB 3304-1991 民族代码",
                "GB 3304-1991, typed from the standard", "ethnicities.csv");
        static final CodeTable SEXES = CsvTables.table("GB/T 2261.1-2003 人的性别代码",
                "GB/T 2261.1-2003, typed from the standard", "sexes.csv");
        static final CodeTable OCCUPATIONS = CsvTables.table("党员工作岗位",
                "中国共产党党内统计公报 categories; platform codes (no national code list reachable)", "occupations.csv");
        static final CodeTable TRANSFER_REASONS = CsvTables.table("组织关系转接原因",
                "reasons named by the Party's transfer rules (DOMAIN.md); platform codes", "transfer-reasons.csv");
        static final CodeTable ORG_CATEGORIES = CsvTables.table("党组织所在单位类别",
                "中国共产党党内统计公报 categories and the Kunshan case study; platform codes", "org-categories.csv");
    }
}
