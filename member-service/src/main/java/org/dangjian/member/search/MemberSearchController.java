package org.dangjian.member.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.MembershipState;
import org.dangjian.member.record.PartyStanding;
import org.dangjian.member.record.MemberView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/members}: search within the caller's scope. Repeat {@code standing}, {@code state}, {@code education} or {@code ethnicity}
 * for several values; items are masked.
 */
@RestController
@Tag(name = "党员查询", description = "在所辖组织范围内查找党员。Searching members within the caller's organisations.")
public class MemberSearchController {
    private final MemberSearch search;

    public MemberSearchController(MemberSearch search) {
        this.search = search;
    }

    @GetMapping("/api/members")
    @Operation(operationId = "searchMembers", summary = "查询党员",
            description = "Members in the caller's data scope matching every criterion given, masked, paged with page and size. "
                    + "Repeat `standing`, `state`, `education` or `ethnicity` for several values. Any signed-in caller (the data scope limits the results); `q` "
                    + "matches names, or a whole ID or mobile number exactly. Sort by id, name, birthDate or joinDate, `,desc` for descending (MEMBER_SEARCH_SORT_UNKNOWN otherwise).")
    @ApiResponse(responseCode = "200", description = "一页党员（已脱敏）。One page of members, masked.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation orgId is not found or outside the caller's scope, code ORG_NOT_FOUND")
    public PageResult<MemberView> search(@Parameter(description = "组织；缺省为调用者所辖范围。The organisation; the caller's scope when absent.")
                                         @RequestParam(required = false) Long orgId,
                                         @Parameter(description = "是否包含下级组织。Whether to include the organisations below it.")
                                         @RequestParam(defaultValue = "true") boolean subtree,
                                         @Parameter(description = "姓名关键词（最多 50 字）。Words of the name (at most 50 characters).", example = "张伟")
                                         @RequestParam(required = false) String q,
                                         @Parameter(description = "完整的身份证号码（精确匹配）。A whole ID number, matched exactly.")
                                         @RequestParam(required = false) String idNumber,
                                         @Parameter(description = "完整的手机号码（精确匹配）。A whole phone number, matched exactly.")
                                         @RequestParam(required = false) String phone,
                                         @Parameter(description = "正式党员或预备党员，可重复。Full or probationary, repeatable.")
                                         @RequestParam(required = false) List<PartyStanding> standing,
                                         @Parameter(description = "状态，可重复；缺省为全部。States, repeatable; all when absent.")
                                         @RequestParam(required = false) List<MembershipState> state,
                                         @Parameter(description = "是否流动党员。Mobile members only (true) or none of them (false).")
                                         @RequestParam(required = false) Boolean mobile,
                                         @Parameter(description = "学历代码（GB/T 4658），可重复；层次代码（如 20 大学本科教育）包含该层次的全部代码。Education codes, repeatable; a level code (e.g. 20) takes in every code of its level.")
                                         @RequestParam(required = false) List<String> education,
                                         @Parameter(description = "民族代码（GB 3304，如 01 汉族），可重复。Ethnicity codes (GB 3304, e.g. 01), repeatable.")
                                         @RequestParam(required = false) List<String> ethnicity,
                                         @RequestParam(required = false) Gender gender,
                                         @Parameter(description = "最小年龄（0–150）。Youngest age (0 to 150).")
                                         @RequestParam(required = false) Integer ageMin,
                                         @Parameter(description = "最大年龄（0–150）。Oldest age (0 to 150).")
                                         @RequestParam(required = false) Integer ageMax,
                                         @Parameter(description = "入党年份起（1921 至今年）。Joined in or after this year (1921 to this year).")
                                         @RequestParam(required = false) Integer joinYearFrom,
                                         @Parameter(description = "入党年份止。Joined in or before this year.")
                                         @RequestParam(required = false) Integer joinYearTo,
                                         @Parameter(description = "排序：id、name、birthDate 或 joinDate，可加 ,desc。Sort key, optionally `,desc`.", example = "joinDate,desc")
                                         @RequestParam(required = false) String sort,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        MemberSearchCriteria criteria = new MemberSearchCriteria(orgId, subtree, q, idNumber, phone, standing, state, mobile, education,
                ethnicity, gender, ageMin, ageMax, joinYearFrom, joinYearTo);
        return search.find(criteria, SearchSort.parse(sort), PageQuery.of(page, size)).map(MemberView::of);
    }
}
