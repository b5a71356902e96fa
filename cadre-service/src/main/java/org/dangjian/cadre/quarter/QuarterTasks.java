package org.dangjian.cadre.quarter;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.cadre.CadreQuarterConfirmed;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's confirmation of its cadres for a quarter, and the subtree's progress as its superior sees it
 * (who has confirmed, who is overdue). A confirmation is announced as {@code cadre.quarter-confirmed} in the same
 * transaction; a late one is allowed and says so.
 */
@Service
class QuarterTasks {
    static final String NOT_FOUND = "CADRE_QUARTER_TASK_NOT_FOUND";
    static final String CONFIRMED = "CADRE_QUARTER_CONFIRMED";
    static final String BAD_QUARTER = "CADRE_QUARTER_INVALID";
    private static final String STATUS = "CASE WHEN t.confirmed_on IS NOT NULL THEN 'CONFIRMED'"
            + " WHEN t.due_on < :today THEN 'OVERDUE' ELSE 'OPEN' END";
    private final QuarterTaskMapper tasks;
    private final OrgDirectory orgs;
    private final JdbcClient jdbc;
    private final EventOutbox outbox;
    private final QuarterProperties properties;
    private final Clock clock;

    QuarterTasks(QuarterTaskMapper tasks, OrgDirectory orgs, JdbcClient jdbc, EventOutbox outbox,
                 QuarterProperties properties, Clock clock) {
        this.tasks = tasks;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    QuarterTaskView confirm(long id, ConfirmRequest request, CurrentUser by) {
        QuarterTask task = tasks.selectOne(new LambdaQueryWrapper<QuarterTask>().eq(QuarterTask::getId, id)
                .last("FOR UPDATE"));
        if (task == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        if (task.getConfirmedOn() != null) {
            throw ApiException.conflict(CONFIRMED, task.getConfirmedOn().toString());
        }
        LocalDate today = LocalDate.now(clock);
        int posts = jdbc.sql("SELECT COUNT(*) FROM appointment WHERE org_id = ? AND ends_on IS NULL")
                .param(task.getOrgId()).query(Integer.class).single();
        task.setConfirmedOn(today);
        task.setConfirmedBy(by.accountId());
        task.setPosts(posts);
        task.setNote(request == null || request.note() == null || request.note().isBlank() ? null : request.note().strip());
        tasks.updateById(task);
        outbox.add(new CadreQuarterConfirmed(task.getOrgId(), task.getOrgPath(), task.getQuarter(), task.getDueOn(),
                today, !today.isAfter(task.getDueOn()), posts));
        return views(List.of(task)).get(0);
    }

    /** The tasks of {@code orgId}'s subtree for a quarter (today's by default), overdue first, then open, then confirmed. */
    PageResult<QuarterTaskView> list(Long orgId, String quarter, TaskStatus status, PageQuery page, CurrentUser caller) {
        Quarter q = quarter(quarter);
        Map<String, Object> p = new HashMap<>();
        p.put("path", orgs.subtreePath(orgId, caller));
        p.put("quarter", q.toString());
        p.put("today", Date.valueOf(LocalDate.now(clock)));
        String where = " FROM quarter_task t WHERE t.quarter = :quarter AND " + SubtreePaths.under("t.org_path", "path");
        if (status != null) {
            where += " AND " + STATUS + " = :status";
            p.put("status", status.name());
        }
        long total = jdbc.sql(ScopedSql.of("SELECT COUNT(*)" + where)).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<Long> ids = jdbc.sql(ScopedSql.of("SELECT t.id" + where + " ORDER BY FIELD(" + STATUS
                        + ", 'OVERDUE', 'OPEN', 'CONFIRMED'), t.org_path, t.id LIMIT :limit OFFSET :offset"))
                .params(p).query(Long.class).list();
        if (ids.isEmpty()) {
            return PageResult.of(List.of(), total, page);
        }
        Map<Long, QuarterTask> found = new HashMap<>();
        tasks.selectByIds(ids).forEach(t -> found.put(t.getId(), t));
        return PageResult.of(views(ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList()), total, page);
    }

    QuarterProgress progress(Long orgId, String quarter, CurrentUser caller) {
        Quarter q = quarter(quarter);
        OrgRef org = orgs.findInScope(orgId != null ? orgId : caller.orgId(), caller);
        int[] n = new int[4];
        jdbc.sql(ScopedSql.of("SELECT COUNT(*), SUM(t.confirmed_on IS NOT NULL), SUM(t.confirmed_on IS NULL AND"
                        + " t.due_on < :today) FROM quarter_task t WHERE t.quarter = :quarter AND "
                        + SubtreePaths.under("t.org_path", "path")))
                .param("path", org.path()).param("quarter", q.toString())
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .query(rs -> {
                    n[0] = rs.getInt(1);
                    n[1] = rs.getInt(2);
                    n[2] = rs.getInt(3);
                });
        return new QuarterProgress(org.orgId(), org.name(), q.toString(), q.label(), properties.dueOn(q), n[0], n[1],
                n[0] - n[1] - n[2], n[2]);
    }

    private Quarter quarter(String text) {
        if (text == null || text.isBlank()) {
            return Quarter.of(LocalDate.now(clock));
        }
        return Quarter.parse(text).orElseThrow(() -> ApiException.invalidField("quarter", BAD_QUARTER));
    }

    private List<QuarterTaskView> views(List<QuarterTask> found) {
        Map<Long, OrgRef> named = orgs.findAll(found.stream().map(QuarterTask::getOrgId).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(t -> {
            Quarter q = Quarter.parse(t.getQuarter()).orElseThrow();
            return new QuarterTaskView(t.getId(), t.getQuarter(), q.label(), t.getOrgId(),
                    named.containsKey(t.getOrgId()) ? named.get(t.getOrgId()).name() : null, t.getDueOn(),
                    t.status(today), t.getConfirmedOn(), t.getPosts(), t.getNote(), t.getRemindedOn());
        }).toList();
    }
}
