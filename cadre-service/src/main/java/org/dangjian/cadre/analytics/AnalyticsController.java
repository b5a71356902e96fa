package org.dangjian.cadre.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.dangjian.kit.excel.Downloads;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The analysis of a subtree's cadres. */
@RestController
@RequestMapping("/api/cadres/analytics")
@Tag(name = "干部队伍分析", description = "基层干部的年龄结构、学历分布、后备梯队等分析。The analysis of a subtree's cadres.")
public class AnalyticsController {
    private final CadreAnalytics analytics;
    private final FigurePeople people;

    AnalyticsController(CadreAnalytics analytics, FigurePeople people) {
        this.analytics = analytics;
        this.people = people;
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "getCadreAnalytics", summary = "干部队伍分析",
            description = "Today's figures (or, with `quarter`, those at the end of a past quarter from its snapshot, "
                    + "taken when the quarter's update fell due) of the cadres holding posts in an organisation's subtree (the caller's own when "
                    + "`orgId` is not given): age structure and average, education by level, sex, the secretaries' "
                    + "years in post, organisations with and without a secretary, secretaries who also direct the "
                    + "residents' committee (一肩挑), college-graduate officials, the reserve pipeline per position and "
                    + "the posts taken up and left in each of the last five years. A member cadre's details are the "
                    + "member record's. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "分析结果。The figures.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "季度格式应如 2026-Q3（quarter，CADRE_QUARTER_INVALID）。The quarter "
            + "is not like 2026-Q3, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内（ORG_NOT_FOUND），或该季度尚无快照"
            + "（CADRE_QUARTER_SNAPSHOT_NOT_FOUND）。The organisation is not found or outside the caller's subtree, or the "
            + "quarter has no snapshot yet")
    public CadreAnalyticsView get(@Parameter(description = "组织（含下级）。The organisation whose subtree to analyse.")
                                  @RequestParam(required = false) Long orgId,
                                  @Parameter(description = "季度（如 2026-Q3）：按该季度末的快照统计；缺省为今天。A past "
                                          + "quarter, from its snapshot; today when absent.", example = "2026-Q3")
                                  @RequestParam(required = false) String quarter) {
        return analytics.of(orgId, quarter, CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/people")
    @Operation(operationId = "listCadreFigurePeople", summary = "统计数字背后的名单",
            description = "The people a figure of GET /api/cadres/analytics counted, for the same organisation and day "
                    + "(or quarter): `figure` names the figure and `key` the heading within it as the analysis answers "
                    + "it (an age band's, education level's, sex's, tenure's or position's key, or a year; RESERVES "
                    + "without a key lists every reserve entry). One line per person for the person figures, per post "
                    + "for the post figures, per organisation (no person) for VACANCIES. Names are shown within the "
                    + "caller's subtree. Paged. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "一页名单。A page of the list.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "该项统计须指明分类（key，CADRE_FIGURE_KEY_REQUIRED）或分类无效"
            + "（CADRE_FIGURE_KEY_INVALID），或季度格式不对。The figure needs a key, the key is not one of its headings, or "
            + "the quarter is not like 2026-Q3, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内（ORG_NOT_FOUND），或该季度尚无快照"
            + "（CADRE_QUARTER_SNAPSHOT_NOT_FOUND）。The organisation is not found or outside the caller's subtree, or the "
            + "quarter has no snapshot yet")
    public PageResult<FigureRow> people(
            @Parameter(description = "组织（含下级）。The organisation whose subtree was analysed.")
            @RequestParam(required = false) Long orgId,
            @Parameter(description = "季度（如 2026-Q3）；缺省为今天。A past quarter; today when absent.", example = "2026-Q3")
            @RequestParam(required = false) String quarter,
            @Parameter(description = "哪一项统计。The figure.") @RequestParam CadreFigure figure,
            @Parameter(description = "统计中的分类，如 FROM_36_TO_45、20、FEMALE、SECRETARY、2026。The heading within the "
                    + "figure.", example = "FROM_36_TO_45") @RequestParam(required = false) String key,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return people.page(orgId, quarter, figure, key, PageQuery.of(page, size), CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/export")
    @Operation(operationId = "exportCadreAnalytics", summary = "导出干部队伍分析",
            description = "The analysis of GET /api/cadres/analytics as a workbook (干部队伍分析-<organisation>.xlsx): a "
                    + "sheet of the figures, one per line under its heading, and the lists they count, every post held "
                    + "and every reserve entry with the person's sex, age and education (no ID or phone numbers). For "
                    + "administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "分析工作簿。The workbook.", content = @Content(
            mediaType = Downloads.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "季度格式不对。The quarter is not like 2026-Q3, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内（ORG_NOT_FOUND），或该季度尚无快照"
            + "（CADRE_QUARTER_SNAPSHOT_NOT_FOUND）。The organisation is not found or outside the caller's subtree, or the "
            + "quarter has no snapshot yet")
    public void export(@Parameter(description = "组织（含下级）。The organisation whose subtree to analyse.")
                       @RequestParam(required = false) Long orgId,
                       @Parameter(description = "季度（如 2026-Q3）；缺省为今天。A past quarter; today when absent.",
                               example = "2026-Q3") @RequestParam(required = false) String quarter,
                       HttpServletResponse response) throws IOException {
        // read before the first byte is written, so that a refusal is a clean problem
        Facts facts = analytics.facts(orgId, quarter, CurrentUsers.get());
        CadreAnalyticsView view = analytics.of(facts);
        List<FigureRow> posts = people.posts(facts);
        List<FigureRow> reserves = people.reserves(facts);
        Downloads.startXlsx(response, "干部队伍分析-" + facts.org().name() + ".xlsx");
        AnalyticsWorkbook.write(response.getOutputStream(), view, posts, reserves);
    }
}
