package org.dangjian.points.warning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open warnings of a subtree, for its administrators (most months first), and the nightly watch run
 * on demand by the city administrator ({@code date} after today only on rehearsal platforms).
 */
@RestController
@RequestMapping("/api/points/warnings")
public class WarningController {
    static final String ADMINS_ONLY = "POINTS_WARNINGS_ADMINS_ONLY";
    static final String DATE_IN_FUTURE = "POINTS_DATE_IN_FUTURE";
    private final NamedParameterJdbcTemplate jdbc;
    private final OrgDirectory orgs;
    private final WarningWatch watch;
    private final WarningSettings settings;
    private final Clock clock;

    WarningController(NamedParameterJdbcTemplate jdbc, OrgDirectory orgs, WarningWatch watch, WarningSettings settings,
                      Clock clock) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.watch = watch;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    public PageResult<WarningView> open(@RequestParam(required = false) Long orgId,
                                        @RequestParam(required = false) WarningKind kind,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        CurrentUser caller = CurrentUsers.get();
        if (!caller.isCityAdmin() && !caller.hasRole(CurrentUser.ORG_ADMIN) && !caller.hasRole(CurrentUser.AUDITOR)) {
            throw new ApiException(HttpStatus.FORBIDDEN, ADMINS_ONLY);
        }
        PageQuery paging = PageQuery.of(page, size);
        Map<String, Object> p = new HashMap<>();
        p.put("path", orgs.subtreePath(orgId, caller) + "%");
        p.put("kind", kind == null ? null : kind.name());
        p.put("limit", paging.size());
        p.put("offset", paging.offset());
        String where = " FROM warning w LEFT JOIN member_ref m ON m.member_id = w.member_id"
                + " LEFT JOIN org_ref o ON o.org_id = w.org_id WHERE w.open_member_id IS NOT NULL"
                + " AND w.org_path LIKE :path AND (:kind IS NULL OR w.kind = :kind)";
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, p, Long.class);
        List<WarningView> items = jdbc.query("SELECT w.id, w.member_id, m.name, w.org_id, o.name, w.kind, w.level,"
                        + " w.months, w.since, w.raised_on" + where + " ORDER BY w.months DESC, w.id LIMIT :limit OFFSET :offset",
                p, (rs, i) -> new WarningView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), WarningKind.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class)));
        return PageResult.of(items, total == null ? 0 : total, paging);
    }

    @PostMapping("/run")
    public WarningWatch.Result run(@RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (!CurrentUsers.get().isCityAdmin()) {
            throw new ApiException(HttpStatus.FORBIDDEN, ADMINS_ONLY);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date != null ? date : today;
        if (day.isAfter(today) && !settings.isAllowFutureDates()) {
            throw ApiException.invalidField("date", DATE_IN_FUTURE);
        }
        return watch.run(day);
    }
}
