package org.dangjian.points.activity;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisational life: a branch records an activity with its attendance (send an {@code Idempotency-Key}:
 * a retried request then records it once), and administrators read what their subtree recorded.
 */
@RestController
@RequestMapping("/api/points/activities")
public class ActivityController {
    private final ActivityRecording recording;
    private final ActivityQuery query;

    ActivityController(ActivityRecording recording, ActivityQuery query) {
        this.recording = recording;
        this.query = query;
    }

    @PostMapping
    public ResponseEntity<ActivityView> record(@Valid @RequestBody RecordActivityRequest request) {
        CurrentUser caller = CurrentUsers.get();
        long id = recording.record(request, caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(query.one(id, caller));
    }

    @GetMapping
    public PageResult<ActivityView> list(@RequestParam(required = false) Long orgId,
                                         @RequestParam(required = false) ActivityType type,
                                         @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return query.list(orgId, type, from, to, PageQuery.of(page, size), CurrentUsers.get());
    }

    @GetMapping("/{id}")
    public ActivityView one(@PathVariable long id) {
        return query.one(id, CurrentUsers.get());
    }
}
