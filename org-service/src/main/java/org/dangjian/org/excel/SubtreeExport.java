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
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.tree.Org;
import org.dangjian.org.tree.OrgMapper;
import org.dangjian.org.tree.OrgService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Streams a subtree page by page: at most one page of rows is held at a time, whatever the tree's
 * size, and the workbook goes to the response as it is written.
 */
@Service
public class SubtreeExport {
    static final int PAGE = 1000;
    /**
     * One page of a subtree in path order, after {@code afterPath} (keyset paging: each page is a range
     * scan of the path index, however deep into the subtree). Parents sort before their children, since
     * a path is a prefix of its children's.
     */
    private static final String PAGE_SQL = "SELECT o.id, o.parent_id, o.path, o.code, o.name, o.short_name, o.type,"
            + " o.category, o.sort_order, p.code AS parent_code"
            + " FROM org_unit o LEFT JOIN org_unit p ON p.id = o.parent_id"
            + " WHERE " + SubtreePaths.under("o.path", "rootPath") + " AND o.path > :afterPath"
            + " ORDER BY o.path LIMIT " + PAGE;

    private final OrgMapper orgs;
    private final JdbcClient jdbc;

    public SubtreeExport(OrgMapper orgs, JdbcClient jdbc) {
        this.orgs = orgs;
        this.jdbc = jdbc;
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
        // The caller's scope is added once per export, not per page: parsing and printing the statement
        // again for every page cost more than the query itself.
        String scoped = ScopedSql.of(PAGE_SQL);
        String after = "";
        while (true) {
            List<SubtreeRow> rows = jdbc.sql(scoped)
                    .param("rootPath", root.getPath())
                    .param("afterPath", after)
                    .query(SubtreeRow.class)
                    .list();
            if (rows.isEmpty()) {
                return;
            }
            page.accept(rows);
            if (rows.size() < PAGE) {
                return;
            }
            after = rows.get(rows.size() - 1).path();
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
                    String parentCode = row.id() == root.getId() ? null : row.parentCode();
                    data.add(Arrays.asList(row.code(), row.name(), parentCode, row.type().label(),
                            row.category().label(), row.shortName(), row.sortOrder()));
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
