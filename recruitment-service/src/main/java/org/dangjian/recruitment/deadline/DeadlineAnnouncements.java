package org.dangjian.recruitment.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.recruitment.RecruitmentDeadlineApproaching;
import org.dangjian.contracts.recruitment.RecruitmentStepOverdue;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.recruitment.cases.CaseStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily deadline run: every open case's next step with a due date is announced once as
 * {@code recruitment.deadline-approaching} from {@code dj.recruitment.deadline-warning-days} days before it (7 by
 * default) and once as {@code recruitment.step-overdue} from the day after it, to the organisation that must act.
 * Cases are read a page at a time (two queries a page, whatever its size); a page's notices and events are
 * written in one transaction, and the key of {@code deadline_notice} refuses a second notice of the same case,
 * step and kind, so a rerun or a second replica announces nothing twice.
 */
@Service
public class DeadlineAnnouncements {
    static final int PAGE = 500;
    static final int MAX_WARNING_DAYS = 90;
    private final JdbcClient jdbc;
    private final DueSteps dueSteps;
    private final EventOutbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int warningDays;

    DeadlineAnnouncements(JdbcClient jdbc, DueSteps dueSteps, EventOutbox outbox, TransactionTemplate tx, Clock clock,
                          @Value("${dj.recruitment.deadline-warning-days:7}") int warningDays) {
        if (warningDays < 1 || warningDays > MAX_WARNING_DAYS) {
            throw new IllegalArgumentException("dj.recruitment.deadline-warning-days must be 1.." + MAX_WARNING_DAYS);
        }
        this.jdbc = jdbc;
        this.dueSteps = dueSteps;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.warningDays = warningDays;
    }

    /** What a run announced. */
    public record Announced(int approaching, int overdue) {
    }

    /** Announces the deadlines of {@code day}; answers how many of each kind were new. */
    @Unscoped("the daily deadline run covers every open case of the city; each notice goes to the organisation that must act")
    public Announced announce(LocalDate day) {
        int approaching = 0;
        int overdue = 0;
        long after = 0;
        List<OpenCase> page;
        do {
            page = openCasesAfter(after);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
                Announced a = announcePage(page, day);
                approaching += a.approaching();
                overdue += a.overdue();
            }
        } while (page.size() == PAGE);
        return new Announced(approaching, overdue);
    }

    private Announced announcePage(List<OpenCase> page, LocalDate day) {
        List<Notice> notices = new ArrayList<>();
        for (DueStep d : dueSteps.of(page)) {
            DeadlineKind kind = kindOn(day, d.dueDate());
            if (kind != null && d.actingOrg() != null) {
                notices.add(new Notice(d, kind));
            }
        }
        if (notices.isEmpty()) {
            return new Announced(0, 0);
        }
        Set<String> sent = alreadySent(page);
        List<Notice> fresh = notices.stream().filter(n -> !sent.contains(n.key())).toList();
        if (fresh.isEmpty()) {
            return new Announced(0, 0);
        }
        try {
            tx.executeWithoutResult(s -> write(fresh));
        } catch (DuplicateKeyException e) {
            // another replica announced this page at the same moment: its notices stand, ours are not sent
            return new Announced(0, 0);
        }
        int overdue = (int) fresh.stream().filter(n -> n.kind() == DeadlineKind.OVERDUE).count();
        return new Announced(fresh.size() - overdue, overdue);
    }

    /** APPROACHING within the warning days up to the due date itself, OVERDUE from the day after; else nothing. */
    DeadlineKind kindOn(LocalDate day, LocalDate due) {
        if (day.isAfter(due)) {
            return DeadlineKind.OVERDUE;
        }
        return day.isBefore(due.minusDays(warningDays)) ? null : DeadlineKind.APPROACHING;
    }

    private void write(List<Notice> notices) {
        Timestamp now = Timestamp.from(clock.instant());
        List<IntegrationEvent> events = new ArrayList<>();
        for (Notice n : notices) {
            DueStep d = n.due();
            jdbc.sql("INSERT INTO deadline_notice (case_id, step_code, kind, due_on, acting_org_id, announced_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(d.openCase().id(), d.step().code(), n.kind().name(), d.dueDate(), d.actingOrg().orgId(), now)
                    .update();
            events.add(event(n));
        }
        outbox.addAll(events);
    }

    private static IntegrationEvent event(Notice n) {
        DueStep d = n.due();
        OpenCase c = d.openCase();
        return n.kind() == DeadlineKind.OVERDUE
                ? new RecruitmentStepOverdue(c.id(), c.orgId(), d.actingOrg().orgId(), d.actingOrg().path(), d.step().code(),
                        d.step().name(), d.dueDate(), c.name())
                : new RecruitmentDeadlineApproaching(c.id(), c.orgId(), d.actingOrg().orgId(), d.actingOrg().path(),
                        d.step().code(), d.step().name(), d.dueDate(), c.name());
    }

    private List<OpenCase> openCasesAfter(long after) {
        return jdbc.sql(ScopedSql.of("SELECT " + OpenCase.COLUMNS + " FROM recruitment_case c WHERE c.status = :open"
                        + " AND c.id > :after ORDER BY c.id LIMIT :limit"))
                .param("open", CaseStatus.OPEN.name()).param("after", after).param("limit", PAGE)
                .query((rs, i) -> OpenCase.read(rs))
                .list();
    }

    private Set<String> alreadySent(List<OpenCase> page) {
        Set<String> keys = new HashSet<>();
        jdbc.sql("SELECT case_id, step_code, kind FROM deadline_notice WHERE case_id IN (:ids)")
                .param("ids", page.stream().map(OpenCase::id).toList())
                .query(rs -> {
                    keys.add(key(rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
        return keys;
    }

    private static String key(long caseId, String step, String kind) {
        return caseId + "/" + step + "/" + kind;
    }

    private record Notice(DueStep due, DeadlineKind kind) {
        String key() {
            return DeadlineAnnouncements.key(due.openCase().id(), due.step().code(), kind.name());
        }
    }
}
