package org.dangjian.org.tree;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads of a subtree, all within the caller's scope; {@code rootId} defaults to the caller's organisation. */
@RestController
@RequestMapping("/api/orgs")
public class OrgQueryController {
    private final OrgQueries queries;

    public OrgQueryController(OrgQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/tree")
    public OrgNode tree(@RequestParam(required = false) Long rootId) {
        return queries.tree(rootId);
    }

    @GetMapping
    public PageResult<OrgView> list(@RequestParam(required = false) Long rootId,
                                    @RequestParam(required = false) @Size(max = 50) String q,
                                    @RequestParam(required = false) OrgType type,
                                    @RequestParam(required = false) OrgCategory category,
                                    @RequestParam(required = false) OrgStatus status,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return queries.list(rootId, q, type, category, status, PageQuery.of(page, size)).map(OrgView::of);
    }

    @GetMapping("/{id}/breadcrumbs")
    public List<Breadcrumb> breadcrumbs(@PathVariable long id) {
        return queries.breadcrumbs(id);
    }

    @GetMapping("/{id}/stats")
    public OrgStats stats(@PathVariable long id) {
        return queries.stats(id);
    }

    @GetMapping("/{id}/history")
    public List<HistoryEntry> history(@PathVariable long id) {
        return queries.history(id);
    }
}
