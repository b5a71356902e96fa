package org.dangjian.org.tree;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reads of a subtree, all within the caller's scope; {@code rootId} defaults to the caller's organisation. */
@Tag(name = "组织查询", description = "组织树、组织列表与搜索、路径导航、统计和变更历史。"
        + "Reads of the organisation tree: the nested tree, paged search, breadcrumbs, statistics and history.")
@RestController
@RequestMapping("/api/orgs")
public class OrgQueryController {
    private static final String ROOT_ID = "子树的根组织，默认为本账号所在组织。"
            + "The subtree's root; the caller's own organisation when left out.";
    private final OrgQueries queries;

    public OrgQueryController(OrgQueries queries) {
        this.queries = queries;
    }

    @Operation(operationId = "getOrgTree", summary = "查看组织树", description = """
            The subtree under `rootId` as nested nodes in display order, dissolved organisations included. \
            Any signed-in account, within its own organisations.""")
    @ApiResponse(responseCode = "404", description = "根组织不存在或不在管辖范围内，或本账号没有所属组织。"
            + "The root is unknown or outside the caller's organisations, or the caller has no organisation, "
            + "code ORG_NOT_FOUND")
    @GetMapping("/tree")
    @ResponseStatus(HttpStatus.OK)
    public OrgNode tree(@Parameter(description = ROOT_ID) @RequestParam(required = false) Long rootId) {
        return queries.tree(rootId);
    }

    @Operation(operationId = "listOrgs", summary = "查询组织", description = """
            Pages of the subtree under `rootId` in tree order (each organisation right before its descendants), \
            filtered by type, category and status. `q` matches the name or code anywhere, or the pinyin \
            initials (yszdw finds 玉山镇党委). Any signed-in account, within its own organisations.""")
    @ApiResponse(responseCode = "404", description = "根组织不存在或不在管辖范围内，或本账号没有所属组织。"
            + "The root is unknown or outside the caller's organisations, or the caller has no organisation, "
            + "code ORG_NOT_FOUND")
    @GetMapping
    @ResponseStatus(HttpStatus.OK)
    public PageResult<OrgView> list(@Parameter(description = ROOT_ID) @RequestParam(required = false) Long rootId,
                                    @Parameter(description = "名称、编码或拼音首字母。Name, code or pinyin initials.",
                                            example = "玉山") @RequestParam(required = false) @Size(max = 50) String q,
                                    @RequestParam(required = false) OrgType type,
                                    @RequestParam(required = false) OrgCategory category,
                                    @RequestParam(required = false) OrgStatus status,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return queries.list(rootId, q, type, category, status, PageQuery.of(page, size)).map(OrgView::of);
    }

    @Operation(operationId = "getOrgBreadcrumbs", summary = "查看组织路径", description = """
            The organisations from the top of the caller's scope down to this one (itself included), for a \
            breadcrumb trail; ancestors above the caller's own organisation are left out. Any signed-in account.""")
    @GetMapping("/{id}/breadcrumbs")
    public List<Breadcrumb> breadcrumbs(@PathVariable long id) {
        return queries.breadcrumbs(id);
    }

    @Operation(operationId = "getOrgStats", summary = "查看组织统计", description = """
            Counts of the active organisations below this one (itself not counted) by type and by category, \
            every type and category listed with zeros included, and the organisation's own members. Any \
            signed-in account, within its own organisations.""")
    @GetMapping("/{id}/stats")
    public OrgStats stats(@PathVariable long id) {
        return queries.stats(id);
    }

    @Operation(operationId = "getOrgHistory", summary = "查看组织变更历史", description = """
            Renames, other field changes, dissolving and moves of the organisation, newest first. Any signed-in \
            account, within its own organisations.""")
    @GetMapping("/{id}/history")
    public List<HistoryEntry> history(@PathVariable long id) {
        return queries.history(id);
    }
}
