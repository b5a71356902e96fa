package org.dangjian.member.privacy;

import org.dangjian.kit.security.rights.CityAdminOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PrivacyController {
    private final Unmasking unmasking;
    private final SensitiveReadLog log;

    public PrivacyController(Unmasking unmasking, SensitiveReadLog log) {
        this.unmasking = unmasking;
        this.log = log;
    }

    /** Clear numbers must not linger in a browser or proxy cache. */
    @PostMapping("/api/members/{id}/unmask")
    public ResponseEntity<Unmasking.ClearView> unmask(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(unmasking.unmask(id));
    }

    /** Who read whose numbers: the city administrator (everything) and auditors (their subtree). */
    @GetMapping("/api/members/audit/sensitive-reads")
    @CityAdminOrAuditors
    public PageResult<SensitiveReadLog.Entry> sensitiveReads(@RequestParam(required = false) Long memberId,
                                                             @RequestParam(required = false) Integer page,
                                                             @RequestParam(required = false) Integer size) {
        return log.page(memberId, PageQuery.of(page, size));
    }
}
