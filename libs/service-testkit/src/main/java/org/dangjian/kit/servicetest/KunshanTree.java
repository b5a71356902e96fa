package org.dangjian.kit.servicetest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organisation tree of the benchmarks, shaped like Kunshan's: the city, 20 towns, each with 15 general branches
 * of 13 branches and 4 branches of its own — 4,301 organisations, 3,980 of them branches — written into a service's
 * {@code org_ref} in one batch, as org-service's events would leave it.
 */
public record KunshanTree(long root, List<Long> towns, List<Branch> branches, int size) {
    private static final int TOWNS = 20;
    private static final int GENERAL_BRANCHES_PER_TOWN = 15;
    private static final int BRANCHES_PER_GENERAL_BRANCH = 13;
    private static final int DIRECT_BRANCHES_PER_TOWN = 4;

    /** A branch and its materialized path. */
    public record Branch(long id, String path) {
    }

    public String rootPath() {
        return "/" + root + "/";
    }

    /** Inserts the tree with ids from {@code firstId} on (the root's), each organisation's code "C" + its id. */
    public static KunshanTree insert(JdbcTemplate jdbc, long firstId) {
        long next = firstId;
        long root = next++;
        List<Long> towns = new ArrayList<>();
        List<Branch> branches = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        String rootPath = "/" + root + "/";
        rows.add(org(root, null, rootPath, "中共昆山市委", "COMMITTEE"));
        for (int t = 0; t < TOWNS; t++) {
            long town = next++;
            towns.add(town);
            String townPath = rootPath + town + "/";
            rows.add(org(town, root, townPath, "镇党委" + t, "COMMITTEE"));
            for (int g = 0; g < GENERAL_BRANCHES_PER_TOWN; g++) {
                long general = next++;
                String generalPath = townPath + general + "/";
                rows.add(org(general, town, generalPath, "党总支" + t + "-" + g, "GENERAL_BRANCH"));
                for (int b = 0; b < BRANCHES_PER_GENERAL_BRANCH; b++) {
                    long branch = next++;
                    rows.add(org(branch, general, generalPath + branch + "/", "支部" + t + "-" + g + "-" + b, "BRANCH"));
                    branches.add(new Branch(branch, generalPath + branch + "/"));
                }
            }
            for (int b = 0; b < DIRECT_BRANCHES_PER_TOWN; b++) {
                long branch = next++;
                rows.add(org(branch, town, townPath + branch + "/", "直属支部" + t + "-" + b, "BRANCH"));
                branches.add(new Branch(branch, townPath + branch + "/"));
            }
        }
        jdbc.batchUpdate("INSERT INTO org_ref (org_id, parent_id, path, code, name, type, status, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', NOW(6))", rows);
        return new KunshanTree(root, List.copyOf(towns), List.copyOf(branches), rows.size());
    }

    private static Object[] org(long id, Long parent, String path, String name, String type) {
        return new Object[] {id, parent, path, "C" + id, name, type};
    }
}
