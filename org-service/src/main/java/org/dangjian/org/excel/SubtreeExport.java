package org.dangjian.org.excel;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.write.metadata.WriteSheet;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.dangjian.kit.excel.Workbooks;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.tree.Org;
import org.dangjian.org.tree.OrgMapper;
import org.dangjian.org.tree.OrgService;
import org.springframework.stereotype.Service;

/**
 * Streams a subtree page by page: at most one page of rows is held at a time, whatever the tree's
 * size, and the workbook goes to the response as it is written.
 */
@Service
public class SubtreeExport {
    static final int PAGE = 1000;

    private final OrgMapper orgs;
    private final SubtreeMapper subtree;

    public SubtreeExport(OrgMapper orgs, SubtreeMapper subtree) {
        this.orgs = orgs;
        this.subtree = subtree;
    }

    /** The export's root: the given one if the caller can see it (404 otherwise), else the caller's own. */
    public Org root(Long rootId) {
        Long id = rootId != null ? rootId : CurrentUsers.get().orgId();
        Org root = id == null ? null : orgs.selectById(id);
        if (root == null) {
            throw ApiException.notFound(OrgService.ORG_NOT_FOUND);
        }
        return root;
    }

    /** Hands the whole subtree of {@code root}, itself included, to {@code page} in path order. */
    public void forEachPage(Org root, Consumer<List<SubtreeRow>> page) {
        // The page query bypasses the data-scope interceptor; this is the same rule, applied once: every
        // row below a root the caller covers is covered too (paths are prefixes). Jobs have no caller.
        CurrentUsers.find().ifPresent(caller -> {
            if (!caller.covers(root.getPath())) {
                throw ApiException.notFound(OrgService.ORG_NOT_FOUND);
            }
        });
        String after = "";
        while (true) {
            List<SubtreeRow> rows = subtree.page(root.getPath(), after, PAGE);
            if (rows.isEmpty()) {
                return;
            }
            page.accept(rows);
            if (rows.size() < PAGE) {
                return;
            }
            after = rows.get(rows.size() - 1).getPath();
        }
    }

    /**
     * The root's parent code is left empty: the file then describes the subtree on its own, and a
     * re-import hangs it under the importing administrator's organisation.
     */
    public void write(Org root, OutputStream out) {
        try (ExcelWriter writer = Workbooks.open(out)) {
            WriteSheet sheet = Workbooks.dataSheet(OrgSheet.LAYOUT);
            boolean[] any = {false};
            forEachPage(root, rows -> {
                List<List<Object>> data = new ArrayList<>(rows.size());
                for (SubtreeRow row : rows) {
                    String parentCode = row.getId() == root.getId() ? null : row.getParentCode();
                    data.add(Arrays.asList(row.getCode(), row.getName(), parentCode, row.getType().label(),
                            row.getCategory().label(), row.getShortName(), row.getSortOrder()));
                }
                writer.write(data, sheet);
                any[0] = true;
            });
            if (!any[0]) {
                writer.write(List.of(), sheet);
            }
        }
    }
}
