package org.dangjian.member.record.codes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.kit.codes.Region;
import org.dangjian.kit.codes.Regions;

/**
 * GB/T 2260 regions found by what people write: the code itself, the full name from the province down
 * ({@code 江苏省苏州市昆山市}, spaces allowed), or (only to migrate old free text) the usual short forms
 * ({@code 江苏昆山}, {@code 上海}). A name that fits more than one division ({@code 朝阳区}) finds none: a guess
 * would put a member's native place in the wrong province. Built once from the kit's table, in memory.
 */
public final class RegionNames {
    /** Suffixes dropped for the short form, longest first so that 壮族自治区 goes before 自治区. */
    private static final List<String> SUFFIXES = List.of("维吾尔自治区", "特别行政区", "壮族自治区", "回族自治区", "自治区",
            "自治州", "自治县", "地区", "省", "市", "县", "区", "盟", "旗");
    /** Prefecture rows that only group counties; names never include them. */
    private static final Set<String> GROUPING = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private RegionNames() {
    }

    /** A known code, or an unambiguous full name (province first, spaces ignored): what an import accepts. */
    public static Optional<String> codeOf(String text) {
        String key = normalize(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (Regions.isValid(key)) {
            return Optional.of(key);
        }
        return unique(FullNames.MAP.get(key));
    }

    /**
     * What old free text most likely meant, when exactly one division fits: full names and the short forms
     * with or without the province and prefecture ({@code 江苏昆山}, {@code 昆山市}, {@code 江苏省昆山市}).
     */
    public static Optional<String> recognise(String text) {
        Optional<String> exact = codeOf(text);
        return exact.isPresent() ? exact : unique(ShortForms.MAP.get(normalize(text)));
    }

    /** The full name of a code, province first ({@code 江苏省苏州市昆山市}); empty for an unknown code. */
    public static Optional<String> fullName(String code) {
        return Regions.namePath(code).map(path -> path.replace(" ", ""));
    }

    private static Optional<String> unique(Set<String> codes) {
        return codes != null && codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replaceAll("[\\s\u3000]", "");
    }

    static String shortForm(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** Full names, loaded on first use (imports). */
    private static final class FullNames {
        static final Map<String, Set<String>> MAP = new HashMap<>();

        static {
            for (Region r : Regions.all()) {
                fullName(r.code()).ifPresent(name -> add(MAP, name, r.code()));
            }
        }
    }

    /** Full and short forms, parts optional: about 60,000 keys, loaded only when old text is read (the migration). */
    private static final class ShortForms {
        static final Map<String, Set<String>> MAP = new HashMap<>();

        static {
            for (Region r : Regions.all()) {
                List<Region> chain = chain(r);
                List<String> provinceForms = chain.size() > 1 ? forms(chain.get(0), true) : List.of("");
                List<String> prefectureForms = chain.size() > 2 ? forms(chain.get(1), true) : List.of("");
                for (String p : provinceForms) {
                    for (String c : prefectureForms) {
                        for (String own : forms(r, false)) {
                            add(MAP, p + c + own, r.code());
                        }
                    }
                }
            }
        }

        /** Province, prefecture (when it is a real one and not the region itself), the region. */
        private static List<Region> chain(Region r) {
            Region province = Regions.province(r.code()).orElse(r);
            if (province.code().equals(r.code())) {
                return List.of(r);
            }
            Region prefecture = Regions.prefecture(r.code())
                    .filter(p -> !GROUPING.contains(p.name()) && !p.code().equals(r.code())).orElse(null);
            return prefecture == null ? List.of(province, r) : List.of(province, prefecture, r);
        }

        /** Full and short name, and the empty form when the part may be left out. */
        private static List<String> forms(Region r, boolean optional) {
            Set<String> forms = new HashSet<>(List.of(r.name(), shortForm(r.name())));
            if (optional) {
                forms.add("");
            }
            return List.copyOf(forms);
        }
    }

    private static void add(Map<String, Set<String>> map, String key, String code) {
        if (!key.isEmpty()) {
            map.computeIfAbsent(key, k -> new HashSet<>(2)).add(code);
        }
    }
}
