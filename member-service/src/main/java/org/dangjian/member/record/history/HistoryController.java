package org.dangjian.member.record.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.member.record.MemberService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's history, newest first, for whoever may read the member (scope decides, 404 outside). */
@RestController
@Tag(name = "党员", description = "党员档案的登记、查看、修改、状态变更、照片与变更记录。Registering, reading and keeping members' records: profile, standing, photo and history.")
public class HistoryController {
    private final MemberService members;
    private final MemberHistory history;

    public HistoryController(MemberService members, MemberHistory history) {
        this.members = members;
        this.history = history;
    }

    @GetMapping("/api/members/{id}/history")
    @Operation(operationId = "listMemberHistory", summary = "查看党员变更记录",
            description = "A member's history, newest first, one line per changed field with who changed it and when; paged with "
                    + "page and size. Any signed-in caller who may read the member (data scope; 404 MEMBER_NOT_FOUND outside it).")
    public PageResult<HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        members.get(id);
        return history.page(id, PageQuery.of(page, size));
    }
}
