package org.dangjian.org.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.kit.excel.ImportRejectedException;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.org.excel.ImportPlan.Entry;
import org.dangjian.org.excel.ImportPlan.Parent;
import org.dangjian.org.tree.OrgCategory;
import org.dangjian.org.tree.OrgCodes;
import org.dangjian.org.tree.OrgType;

/**
 * Checks every row of an import and reports every problem, not just the first: an administrator
 * fixing a spreadsheet wants one list. Plain code without Spring or a database: the caller looks up
 * which codes exist and which parents are visible, this decides.
 */
final class ImportValidator {
    /** Levels one file may add below an existing organisation; paths are at most 512 characters. */
    static final int MAX_LEVELS = 15;

    private final Parent defaultParent;
    private final Map<String, Parent> visibleByCode;
    private final Set<String> takenCodes;

    /**
     * @param defaultParent the caller's own organisation, where rows without a parent code go (null if none)
     * @param visibleByCode existing organisations inside the caller's scope, by code
     * @param takenCodes    codes already used anywhere in the tree (codes are unique city-wide)
     */
    ImportValidator(Parent defaultParent, Map<String, Parent> visibleByCode, Set<String> takenCodes) {
        this.defaultParent = defaultParent;
        this.visibleByCode = visibleByCode;
        this.takenCodes = takenCodes;
    }

    /** The plan when every row is good; otherwise an {@link ImportRejectedException} listing every problem. */
    ImportPlan validate(List<OrgRow> rows) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstByCode = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = rows.get(i).code();
            if (code != null) {
                firstByCode.putIfAbsent(code, i);
            }
        }
        OrgType[] types = new OrgType[rows.size()];
        OrgCategory[] categories = new OrgCategory[rows.size()];
        int[] sortOrders = new int[rows.size()];
        int[] parentIndex = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            OrgRow row = rows.get(i);
            checkCode(rows, i, firstByCode, problems);
            checkName(row, problems);
            types[i] = checkType(row, problems);
            categories[i] = checkCategory(row, problems);
            sortOrders[i] = checkSortOrder(row, problems);
            if (row.shortName() != null && row.shortName().length() > 50) {
                problems.add(new RowProblem(row.rowNumber(), OrgSheet.SHORT_NAME, "ORG_IMPORT_SHORT_NAME_TOO_LONG"));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            parentIndex[i] = checkParent(rows.get(i), rows, firstByCode, types, problems);
        }
        int[] levels = levels(rows, parentIndex, problems);

        if (!problems.isEmpty()) {
            problems.sort(RowProblem.inSheetOrder(OrgSheet.LAYOUT));
            throw new ImportRejectedException(OrgSheet.CODES, problems, rows.stream().map(OrgRow::sheetRow).toList());
        }
        List<List<Entry>> byLevel = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            while (byLevel.size() <= levels[i]) {
                byLevel.add(new ArrayList<>());
            }
            OrgRow row = rows.get(i);
            Parent existing = parentIndex[i] < 0 ? existingParent(row) : null;
            byLevel.get(levels[i]).add(new Entry(row, types[i], categories[i], sortOrders[i], existing,
                    parentIndex[i] < 0 ? null : row.parentCode()));
        }
        return new ImportPlan(byLevel, rows.size());
    }

    private void checkCode(List<OrgRow> rows, int index, Map<String, Integer> firstByCode,
                           List<RowProblem> problems) {
        OrgRow row = rows.get(index);
        String code = row.code();
        if (code == null) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.CODE, "ORG_IMPORT_CODE_MISSING"));
        } else if (OrgCodes.refusal(code).isPresent()) {
            // The same format as the API's (OrgCodes); a legacy parent code is still found, only new codes follow it.
            String problem = OrgCodes.refusal(code).get().equals("ORG_CODE_REGION_UNKNOWN")
                    ? "ORG_IMPORT_CODE_REGION_UNKNOWN" : "ORG_IMPORT_CODE_INVALID";
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.CODE, problem, code));
        } else if (firstByCode.get(code) != index) {
            // Later occurrences are the duplicates; the first one may well be right.
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.CODE, "ORG_IMPORT_CODE_DUPLICATE", code,
                    String.valueOf(rows.get(firstByCode.get(code)).rowNumber())));
        } else if (takenCodes.contains(code)) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.CODE, "ORG_IMPORT_CODE_EXISTS", code));
        }
    }

    private static void checkName(OrgRow row, List<RowProblem> problems) {
        if (row.name() == null) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.NAME, "ORG_IMPORT_NAME_MISSING"));
        } else if (row.name().length() > 100) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.NAME, "ORG_IMPORT_NAME_TOO_LONG"));
        }
    }

    private static OrgType checkType(OrgRow row, List<RowProblem> problems) {
        if (row.type() == null) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.TYPE, "ORG_IMPORT_TYPE_MISSING", OrgSheet.typeLabels()));
            return null;
        }
        Optional<OrgType> type = OrgSheet.type(row.type());
        if (type.isEmpty()) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.TYPE, "ORG_IMPORT_TYPE_INVALID", row.type(),
                    OrgSheet.typeLabels()));
        }
        return type.orElse(null);
    }

    private static OrgCategory checkCategory(OrgRow row, List<RowProblem> problems) {
        if (row.category() == null) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.CATEGORY, "ORG_IMPORT_CATEGORY_MISSING",
                    OrgSheet.categoryLabels()));
            return null;
        }
        Optional<OrgCategory> category = OrgSheet.category(row.category());
        if (category.isEmpty()) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.CATEGORY, "ORG_IMPORT_CATEGORY_INVALID",
                    row.category(), OrgSheet.categoryLabels()));
        }
        return category.orElse(null);
    }

    private static int checkSortOrder(OrgRow row, List<RowProblem> problems) {
        if (row.sortOrder() == null) {
            return 0;
        }
        try {
            // Excel hands whole numbers typed into a numeric cell back as "3" or "3.0".
            return new java.math.BigDecimal(row.sortOrder()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.SORT_ORDER, "ORG_IMPORT_SORT_INVALID", row.sortOrder()));
            return 0;
        }
    }

    /** @return the index of the parent row in the file, or -1 when the parent exists already (or is bad) */
    private int checkParent(OrgRow row, List<OrgRow> rows, Map<String, Integer> firstByCode, OrgType[] types,
                            List<RowProblem> problems) {
        String parentCode = row.parentCode();
        if (parentCode == null) {
            if (defaultParent == null) {
                problems.add(new RowProblem(row.rowNumber(), OrgSheet.PARENT_CODE, "ORG_IMPORT_NO_OWN_ORG"));
            } else if (!defaultParent.type().mayHaveChildren()) {
                problems.add(new RowProblem(row.rowNumber(), OrgSheet.PARENT_CODE,
                        "ORG_IMPORT_OWN_ORG_CANNOT_HAVE_CHILDREN", defaultParent.type().label()));
            }
            return -1;
        }
        if (parentCode.equals(row.code())) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.PARENT_CODE, "ORG_IMPORT_CYCLE", parentCode));
            return -1;
        }
        Integer inFile = firstByCode.get(parentCode);
        if (inFile != null) {
            OrgType parentType = types[inFile];
            if (parentType != null && !parentType.mayHaveChildren()) {
                problems.add(new RowProblem(row.rowNumber(), OrgSheet.PARENT_CODE,
                        "ORG_IMPORT_PARENT_CANNOT_HAVE_CHILDREN", parentCode, parentType.label()));
            }
            return inFile;
        }
        Parent existing = visibleByCode.get(parentCode);
        if (existing == null) {
            // Outside the caller's scope reads the same as not existing: we never confirm it exists.
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.PARENT_CODE, "ORG_IMPORT_PARENT_UNKNOWN", parentCode));
        } else if (!existing.type().mayHaveChildren()) {
            problems.add(new RowProblem(row.rowNumber(), OrgSheet.PARENT_CODE,
                    "ORG_IMPORT_PARENT_CANNOT_HAVE_CHILDREN", parentCode, existing.type().label()));
        }
        return -1;
    }

    private Parent existingParent(OrgRow row) {
        return row.parentCode() == null ? defaultParent : visibleByCode.get(row.parentCode());
    }

    /**
     * Each row's distance from an existing organisation. Rows whose parents, followed within the file,
     * come back to themselves form a cycle: each of them is reported. Every row has at most one parent,
     * so one walk per row with three colours finds every cycle in linear time.
     */
    private static int[] levels(List<OrgRow> rows, int[] parentIndex, List<RowProblem> problems) {
        final int none = Integer.MIN_VALUE;
        int n = rows.size();
        int[] level = new int[n];
        java.util.Arrays.fill(level, none);
        byte[] state = new byte[n]; // 0 unseen, 1 on the current walk, 2 done
        for (int start = 0; start < n; start++) {
            List<Integer> walk = new ArrayList<>();
            int at = start;
            while (at >= 0 && state[at] == 0) {
                state[at] = 1;
                walk.add(at);
                at = parentIndex[at];
            }
            int base;
            if (at < 0) {
                base = -1; // the walk ended at an existing organisation: its child is level 0
            } else if (state[at] == 1) {
                // Back on this very walk: everything from 'at' onwards is a cycle.
                int from = walk.indexOf(at);
                List<Integer> cycle = walk.subList(from, walk.size());
                String chain = describe(rows, cycle);
                for (int member : cycle) {
                    problems.add(new RowProblem(rows.get(member).rowNumber(), OrgSheet.PARENT_CODE,
                            "ORG_IMPORT_CYCLE", chain));
                    state[member] = 2;
                }
                walk = new ArrayList<>(walk.subList(0, from));
                base = none;
            } else {
                base = level[at]; // joined a walk done earlier (none if that one led into a cycle)
            }
            for (int k = walk.size() - 1; k >= 0; k--) {
                int row = walk.get(k);
                state[row] = 2;
                level[row] = base == none ? none : base + 1;
                base = level[row];
                if (level[row] >= MAX_LEVELS) {
                    problems.add(new RowProblem(rows.get(row).rowNumber(), OrgSheet.PARENT_CODE,
                            "ORG_IMPORT_TOO_DEEP", String.valueOf(MAX_LEVELS)));
                }
            }
        }
        return level;
    }

    private static String describe(List<OrgRow> rows, List<Integer> cycle) {
        StringBuilder chain = new StringBuilder();
        for (int member : cycle) {
            chain.append(rows.get(member).code()).append(" → ");
        }
        return chain.append(rows.get(cycle.get(0)).code()).toString();
    }
}
