package org.dangjian.transfer.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dangjian.kit.codes.Region;
import org.dangjian.kit.codes.Regions;

/**
 * Where an organisation outside the city is: a GB/T 2260 region code (checked by {@link Regions}) and the street
 * detail below it as text. A place written before the codes whose text does not start with a known division keeps
 * its text with no region ({@code region} null).
 */
public record ExternalPlace(String region, String detail) {

    /** The division's names from the province down, then the detail: what a letter prints. */
    public String printed() {
        String names = region == null ? "" : Regions.namePath(region).map(n -> n.replace(" ", "")).orElse(region);
        return (names + (detail == null ? "" : detail)).strip();
    }

    /**
     * Reads an address typed as text: the division whose names the text starts with is its region, the rest its
     * detail ("浙江省杭州市西湖区文三路 90 号" → 330106 + "文三路 90 号"). The names are those {@link Regions#namePath}
     * gives, with or without the province ("杭州市西湖区…"); the longest beginning wins, and a beginning two
     * divisions share (or none) keeps the whole text as detail, with no region.
     */
    public static ExternalPlace read(String address) {
        if (address == null || address.isBlank()) {
            return new ExternalPlace(null, null);
        }
        String text = address.strip();
        Named best = null;
        boolean ambiguous = false;
        for (Named n : Names.ALL) {
            if (!text.startsWith(n.names())) {
                continue;
            }
            if (best == null || n.names().length() > best.names().length()) {
                best = n;
                ambiguous = false;
            } else if (n.names().length() == best.names().length() && !n.code().equals(best.code())) {
                ambiguous = true;
            }
        }
        if (best == null || ambiguous) {
            return new ExternalPlace(null, text);
        }
        String rest = text.substring(best.names().length()).strip();
        return new ExternalPlace(best.code(), rest.isEmpty() ? null : rest);
    }

    private record Named(String code, String names) {
    }

    /** Each division under its full names, and a prefecture or county also without its province; built once. */
    private static final class Names {
        /** Prefecture rows that only group counties: no place is written with these names. */
        private static final Set<String> GROUPING = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
        static final List<Named> ALL = build();

        private static List<Named> build() {
            List<Named> all = new ArrayList<>();
            for (Region r : Regions.all()) {
                String[] parts = Regions.namePath(r.code()).orElse("").split(" ");
                all.add(new Named(r.code(), String.join("", parts)));
                boolean belowAProvince = r.level() != Region.Level.PROVINCE;
                boolean prefectureNamed = parts.length >= 3
                        || r.level() == Region.Level.PREFECTURE && !GROUPING.contains(r.name());
                if (belowAProvince && prefectureNamed && parts.length >= 2) {
                    all.add(new Named(r.code(), String.join("", List.of(parts).subList(1, parts.length))));
                }
            }
            return List.copyOf(all);
        }
    }
}
