package org.dangjian.member.record.history;

import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.member.record.MemberService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's history, newest first, for whoever may read the member (scope decides, 404 outside). */
@RestController
public class HistoryController {
    private final MemberService members;
    private final MemberHistory history;

    public HistoryController(MemberService members, MemberHistory history) {
        this.members = members;
        this.history = history;
    }

    @GetMapping("/api/members/{id}/history")
    public PageResult<HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        members.get(id);
        return history.page(id, PageQuery.of(page, size));
    }
}
