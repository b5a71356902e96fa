package org.dangjian.points.warning;

import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open warnings of a subtree, for its administrators and auditors (most months first), and the nightly
 * watch run on demand by the city administrator ({@code date} after today only on rehearsal platforms).
 */
@RestController
@RequestMapping("/api/points/warnings")
public class WarningController {
    static final String DATE_IN_FUTURE = "POINTS_DATE_IN_FUTURE";
    private final WarningQuery query;
    private final WarningWatch watch;
    private final WarningProperties settings;
    private final Clock clock;

    WarningController(WarningQuery query, WarningWatch watch, WarningProperties settings, Clock clock) {
        this.query = query;
        this.watch = watch;
        this.settings = settings;
        this.clock = clock;
    }

    @AdministratorsOrAuditors
    @GetMapping
    public PageResult<WarningView> open(@RequestParam(required = false) Long orgId,
                                        @RequestParam(required = false) WarningKind kind,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return query.open(orgId, kind, PageQuery.of(page, size), CurrentUsers.get());
    }

    @CityAdminOnly
    @PostMapping("/run")
    public WarningWatch.Result run(@RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date != null ? date : today;
        if (day.isAfter(today) && !settings.allowFutureDates()) {
            throw ApiException.invalidField("date", DATE_IN_FUTURE);
        }
        return watch.run(day);
    }
}
