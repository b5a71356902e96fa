package org.dangjian.org.tree;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.dangjian.kit.codes.CodeTables;

/**
 * Where an organisation sits in society, as the Party's statistics count organisations (党内统计公报: 机关, 事业单位,
 * 公有制 / 非公有制企业, 社会组织, 街道与乡镇, 社区, 建制村). The labels and the statistical group are data: the
 * code-tables kit's {@code org-categories.csv}, whose codes are these names. Stored by name, so adding a category
 * changes no stored row.
 */
public enum OrgCategory {
    TOWN,
    VILLAGE,
    COMMUNITY,
    GOVERNMENT,
    INSTITUTION,
    SCHOOL,
    STATE_OWNED_ENTERPRISE,
    ENTERPRISE,
    SOCIAL,
    OTHER;

    /** Labels of earlier releases, still accepted in imported files: ENTERPRISE was 非公企业. */
    private static final Map<String, OrgCategory> FORMER_LABELS = Map.of("非公企业", ENTERPRISE);

    public String label() {
        return CodeTables.orgCategories().label(name())
                .orElseThrow(() -> new IllegalStateException("org-categories.csv lacks " + name()));
    }

    /** The 党内统计公报's category this one counts in (学校 counts as 事业单位). */
    public String statisticalGroup() {
        return CodeTables.orgCategories().find(name()).flatMap(c -> c.attribute("statisticalGroup")).orElseThrow();
    }

    /** By label (as people type it), by a former label, or by name (as other tools write it). */
    public static Optional<OrgCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        return Arrays.stream(values())
                .filter(c -> c.label().equals(value) || c.name().equals(value))
                .findFirst()
                .or(() -> Optional.ofNullable(FORMER_LABELS.get(value)));
    }
}
