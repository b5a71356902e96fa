package org.dangjian.kit.security.app;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/probe")
public class ProbeController {
    private final Mappers.DuesRecordMapper dues;

    public ProbeController(Mappers.DuesRecordMapper dues) {
        this.dues = dues;
    }

    /** The caller as the service sees it. */
    @GetMapping("/me")
    Map<String, Object> me() {
        CurrentUser me = CurrentUsers.get();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accountId", me.accountId());
        out.put("username", me.username());
        out.put("orgId", me.orgId());
        out.put("orgPath", me.orgPath());
        out.put("roles", me.roles());
        out.put("memberId", me.memberId());
        return out;
    }

    @GetMapping("/dues")
    PageResult<DuesRecord> dues(@RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        PageQuery q = PageQuery.of(page, size);
        Page<DuesRecord> result = dues.selectPage(Page.of(q.page(), q.size()), null);
        return PageResult.of(result.getRecords(), result.getTotal(), q);
    }

    private final AtomicInteger notes = new AtomicInteger();

    public int notesCreated() {
        return notes.get();
    }

    /** A create a mobile client may retry with an Idempotency-Key. */
    @PostMapping("/notes")
    ResponseEntity<Map<String, Object>> createNote(@RequestBody Map<String, Object> note) {
        Map<String, Object> out = new LinkedHashMap<>(note);
        out.put("id", 1_000_000_000_000L + notes.incrementAndGet());
        out.put("by", CurrentUsers.get().accountId());
        return ResponseEntity.status(201).body(out);
    }

    @GetMapping("/city-only")
    @CityAdminOnly
    String cityOnly() {
        return "ok";
    }

    /** A refusal about the object itself, not a role: one code, the service's reason as detail. */
    @GetMapping("/not-yours")
    String notYours() {
        throw ApiException.forbidden("FORBIDDEN.cityAdmin");
    }
}
