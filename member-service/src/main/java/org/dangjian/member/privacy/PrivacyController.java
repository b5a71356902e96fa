package org.dangjian.member.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.privacy.UnmaskReason;
import org.dangjian.kit.security.rights.CityAdminOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "敏感信息查看", description = "查看明文身份证号码、手机号码及其查看记录。Reading ID and phone numbers in clear, and the record of who did.")
public class PrivacyController {
    private final Unmasking unmasking;
    private final SensitiveReadLog log;

    public PrivacyController(Unmasking unmasking, SensitiveReadLog log) {
        this.unmasking = unmasking;
        this.log = log;
    }

    /** Clear numbers must not linger in a browser or proxy cache. */
    @PostMapping("/api/members/{id}/unmask")
    @Operation(operationId = "unmaskMember", summary = "查看明文证件号和手机号",
            description = "One member's ID and phone numbers in clear, not to be cached (Cache-Control: no-store). For callers "
                    + "whose role holds the unmask right (setting dj.privacy.unmask-roles, by default CITY_ADMIN and "
                    + "ORG_ADMIN; others get 403 FORBIDDEN, detail MEMBER_UNMASK_RIGHT_REQUIRED) and have the member in their "
                    + "data scope. The caller says why (`reason`, 2 to 200 characters; without one: 400 on `reason`, "
                    + "UNMASK_REASON_REQUIRED), and every attempt, allowed or refused, is kept in the sensitive-read audit "
                    + "with that reason.")
    public ResponseEntity<Unmasking.ClearView> unmask(@PathVariable long id,
                                                      @RequestBody(required = false) UnmaskReason request) {
        String reason = UnmaskReason.of(request);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(unmasking.unmask(id, reason));
    }

    /** Who read whose numbers: the city administrator (everything) and auditors (their subtree). */
    @GetMapping("/api/members/audit/sensitive-reads")
    @CityAdminOrAuditors
    @Operation(operationId = "listSensitiveReads", summary = "查看敏感信息查看记录",
            description = "Who read whose numbers in clear (unmasking, clear exports, services' contact lookups), newest first, "
                    + "paged with page and size, optionally for one member. For the city administrator (everything) and "
                    + "auditors (reads about their subtree) (@CityAdminOrAuditors).")
    public PageResult<SensitiveReadLog.Entry> sensitiveReads(@Parameter(description = "只看该党员的记录。Only reads about this member.")
                                                             @RequestParam(required = false) Long memberId,
                                                             @RequestParam(required = false) Integer page,
                                                             @RequestParam(required = false) Integer size) {
        return log.page(memberId, PageQuery.of(page, size));
    }
}
