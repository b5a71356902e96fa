package org.dangjian.member.birthday;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.member.record.PartyYears;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emits {@code member.political-birthday} for every active member admitted on this day in an earlier year,
 * at most once per member and day. Works in batches, each its own transaction (claim the rows, then add
 * the events for the rows this run claimed), so a city's worth of anniversaries is never one giant
 * transaction and a crash mid-way leaves the finished batches done and the rest for the next run.
 */
@Service
public class PoliticalBirthdays {
    private final PoliticalBirthdayMapper mapper;
    private final EventOutbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int batchSize;

    public PoliticalBirthdays(PoliticalBirthdayMapper mapper, EventOutbox outbox, TransactionTemplate tx, Clock clock,
                              @Value("${dj.member.political-birthday.batch-size:1000}") int batchSize) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Callers hold the run lock ({@link BirthdayRunLock}); the claim table alone already prevents repeats. */
    public BirthdayRun greet(LocalDate day) {
        String runId = UUID.randomUUID().toString();
        List<Integer> monthDays = AnniversaryDays.of(day);
        LocalDate admittedBefore = Year.of(day.getYear()).atDay(1);
        int found = 0;
        int emitted = 0;
        long afterId = 0;
        while (true) {
            long from = afterId;
            Batch batch = tx.execute(s -> batch(day, runId, monthDays, admittedBefore, from));
            if (batch == null || batch.found() == 0) {
                break;
            }
            found += batch.found();
            emitted += batch.emitted();
            afterId = batch.lastId();
        }
        return new BirthdayRun(day, found, emitted);
    }

    private record Batch(int found, int emitted, long lastId) {
    }

    private Batch batch(LocalDate day, String runId, List<Integer> monthDays, LocalDate admittedBefore, long afterId) {
        List<BirthdayCandidate> found = mapper.candidates(monthDays, admittedBefore, afterId, batchSize);
        if (found.isEmpty()) {
            return new Batch(0, 0, afterId);
        }
        List<Long> ids = found.stream().map(BirthdayCandidate::id).toList();
        mapper.claim(ids, day, runId, LocalDateTime.now(clock));
        Set<Long> mine = new HashSet<>(mapper.claimedBy(ids, day, runId));
        List<MemberPoliticalBirthday> events = found.stream().filter(c -> mine.contains(c.id()))
                .map(c -> new MemberPoliticalBirthday(c.id(), c.orgId(), c.orgPath(), c.name(), c.joinDate(),
                        day.getYear() - c.joinDate().getYear(), day, PartyYears.on(c.fullDate(), day)))
                .toList();
        outbox.addAll(events);
        return new Batch(found.size(), events.size(), found.get(found.size() - 1).id());
    }
}
