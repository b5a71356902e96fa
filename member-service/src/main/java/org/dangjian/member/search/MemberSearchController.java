package org.dangjian.member.search;

import java.util.List;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.member.record.Education;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.MemberStatus;
import org.dangjian.member.record.MemberView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/members}: search within the caller's scope. Repeat {@code status} or {@code education}
 * for several values; items are masked.
 */
@RestController
public class MemberSearchController {
    private final MemberSearch search;

    public MemberSearchController(MemberSearch search) {
        this.search = search;
    }

    @GetMapping("/api/members")
    public PageResult<MemberView> search(@RequestParam(required = false) Long orgId,
                                         @RequestParam(defaultValue = "true") boolean subtree,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(required = false) String idNumber,
                                         @RequestParam(required = false) String phone,
                                         @RequestParam(required = false) List<MemberStatus> status,
                                         @RequestParam(required = false) List<Education> education,
                                         @RequestParam(required = false) Gender gender,
                                         @RequestParam(required = false) Integer ageMin,
                                         @RequestParam(required = false) Integer ageMax,
                                         @RequestParam(required = false) Integer joinYearFrom,
                                         @RequestParam(required = false) Integer joinYearTo,
                                         @RequestParam(required = false) String sort,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        MemberSearchCriteria criteria = new MemberSearchCriteria(orgId, subtree, q, idNumber, phone, status, education,
                gender, ageMin, ageMax, joinYearFrom, joinYearTo);
        return search.find(criteria, SearchSort.parse(sort), PageQuery.of(page, size)).map(MemberView::of);
    }
}
