package org.dangjian.learning.lecture;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangjian.contracts.learning.LearningLectureNotice;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.orgs.PublishingOrg;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations book lecture slots, give bookings up until the slot's cancellation deadline, and hear of them
 * ({@code learning.lecture-notice}, written in the same transaction, which notify-service texts to administrators).
 * A booking takes its place with one conditional UPDATE ({@code booked < capacity}): the slot's row lock orders
 * racing administrators, so a slot never holds more bookings than places; one organisation holds one live booking
 * per slot (a unique key).
 */
@Service
public class Bookings {
    static final String BOOKING_NOT_FOUND = "LEARNING_LECTURE_BOOKING_NOT_FOUND";
    static final String SLOT_FULL = "LEARNING_LECTURE_SLOT_FULL";
    static final String SLOT_WITHDRAWN = "LEARNING_LECTURE_SLOT_WITHDRAWN";
    static final String SLOT_STARTED = "LEARNING_LECTURE_SLOT_STARTED";
    static final String ALREADY_BOOKED = "LEARNING_LECTURE_ALREADY_BOOKED";
    static final String NOT_BOOKED = "LEARNING_LECTURE_BOOKING_ENDED";
    static final String CANCEL_CLOSED = "LEARNING_LECTURE_CANCEL_CLOSED";
    static final int REMIND_BATCH = 200;
    private static final int LIST_LIMIT = 200;

    private final BookingMapper bookings;
    private final LectureSlotMapper slots;
    private final JdbcClient jdbc;
    private final OrgDirectory orgs;
    private final EventOutbox outbox;
    private final Clock clock;

    Bookings(BookingMapper bookings, LectureSlotMapper slots, JdbcClient jdbc, OrgDirectory orgs,
             EventOutbox outbox, Clock clock) {
        this.bookings = bookings;
        this.slots = slots;
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Books {@code slotId} for an organisation of the caller's subtree to which the slot is offered (404 if it is
     * not); 409 if the slot is withdrawn, has started, is full or already booked by that organisation.
     */
    @Transactional
    BookingView book(long slotId, BookingRequest request, CurrentUser by) {
        OrgRef org = PublishingOrg.of(orgs, request.orgId(), by);
        SlotRow slot = slotRow(slotId).filter(s -> org.path().startsWith(s.orgPath()))
                .orElseThrow(() -> ApiException.notFound(Lectures.SLOT_NOT_FOUND));
        if (SlotStatus.WITHDRAWN.name().equals(slot.status())) {
            throw ApiException.conflict(SLOT_WITHDRAWN);
        }
        if (!LocalDateTime.now(clock).isBefore(slot.startsAt())) {
            throw ApiException.conflict(SLOT_STARTED);
        }
        int taken = jdbc.sql("UPDATE lecture_slot SET booked = booked + 1 WHERE id = ? AND status = 'OPEN'"
                + " AND booked < capacity").param(slotId).update();
        if (taken == 0) {
            throw ApiException.conflict(SLOT_FULL, slot.capacity());
        }
        Booking booking = new Booking();
        booking.setSlotId(slotId);
        booking.setStartsAt(slot.startsAt());
        booking.setOrgId(org.orgId());
        booking.setOrgPath(org.path());
        booking.setActiveOrgId(org.orgId());
        booking.setAttendees(request.attendees());
        booking.setNote(request.note() == null || request.note().isBlank() ? null : request.note().strip());
        booking.setStatus(BookingStatus.BOOKED.name());
        booking.setBookedBy(by.accountId());
        booking.setBookedAt(clock.instant());
        try {
            bookings.insert(booking);
        } catch (DuplicateKeyException e) {
            // the place taken above goes back with the transaction
            throw ApiException.conflict(ALREADY_BOOKED);
        }
        outbox.add(notice(booking, slot, org.name(), LearningLectureNotice.BOOKED));
        return view(booking, slot, org.name());
    }

    /** Gives a booking of the caller's subtree up, until the slot's cancellation deadline; its place is free again. */
    @Transactional
    BookingView cancel(long bookingId, CurrentUser by) {
        Booking booking = bookings.selectById(bookingId);
        if (booking == null) {
            throw ApiException.notFound(BOOKING_NOT_FOUND);
        }
        SlotRow slot = lockedSlot(booking.getSlotId());
        if (!BookingStatus.BOOKED.name().equals(booking.getStatus())) {
            throw ApiException.conflict(NOT_BOOKED);
        }
        if (LocalDateTime.now(clock).isAfter(slot.cancelUntil())) {
            throw ApiException.conflict(CANCEL_CLOSED, slot.cancelUntil().toLocalDate());
        }
        end(booking, BookingStatus.CANCELLED, by);
        jdbc.sql("UPDATE lecture_slot SET booked = booked - 1 WHERE id = ?").param(slot.id()).update();
        String orgName = orgName(booking.getOrgId());
        outbox.add(notice(booking, slot, orgName, LearningLectureNotice.CANCELLED));
        return view(booking, slot, orgName);
    }

    /**
     * Calls a slot of the caller's subtree off: its live bookings end with it and each booking organisation hears
     * of it. Withdrawing a withdrawn slot changes nothing.
     */
    @Transactional
    List<BookingView> withdraw(long slotId, CurrentUser by) {
        if (slots.selectById(slotId) == null) {
            throw ApiException.notFound(Lectures.SLOT_NOT_FOUND);
        }
        SlotRow slot = lockedSlot(slotId);
        if (SlotStatus.WITHDRAWN.name().equals(slot.status())) {
            return List.of();
        }
        jdbc.sql("UPDATE lecture_slot SET status = 'WITHDRAWN', booked = 0 WHERE id = ?").param(slotId).update();
        List<Booking> live = jdbc.sql("SELECT * FROM lecture_booking WHERE slot_id = ? AND status = 'BOOKED'")
                .param(slotId).query(BOOKING).list();
        Map<Long, OrgRef> names = orgs.findAll(live.stream().map(Booking::getOrgId).collect(Collectors.toSet()));
        return live.stream().map(b -> {
            end(b, BookingStatus.WITHDRAWN, by);
            String orgName = Lectures.name(names, b.getOrgId());
            outbox.add(notice(b, slot, orgName, LearningLectureNotice.WITHDRAWN));
            return view(b, slot, orgName);
        }).toList();
    }

    /** The bookings of the caller's subtree for lectures from {@code from} on, soonest first. */
    List<BookingView> ofSubtree(LocalDateTime from) {
        return list(bookings.selectList(new LambdaQueryWrapper<Booking>().ge(Booking::getStartsAt, from)
                .orderByAsc(Booking::getStartsAt).orderByAsc(Booking::getId).last("LIMIT " + LIST_LIMIT)));
    }

    /** Who booked a slot of the caller's subtree, live bookings and ended ones. */
    List<BookingView> ofSlot(long slotId) {
        if (slots.selectById(slotId) == null) {
            throw ApiException.notFound(Lectures.SLOT_NOT_FOUND);
        }
        // the slot is the caller's to manage: its bookings are seen whichever organisation made them
        return list(jdbc.sql("SELECT * FROM lecture_booking WHERE slot_id = ? ORDER BY id").param(slotId)
                .query(BOOKING).list());
    }

    /**
     * Reminds the booking organisations of lectures starting within {@code before} from now: one
     * {@code DUE_SOON} notice per booking, up to {@value #REMIND_BATCH} at a time; returns how many. A job's work
     * over every organisation: plain SQL, no caller's scope.
     */
    @Transactional
    int remindDue(Duration before) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Booking> due = jdbc.sql("SELECT b.* FROM lecture_booking b JOIN lecture_slot s ON s.id = b.slot_id"
                        + " WHERE b.status = 'BOOKED' AND b.reminded_at IS NULL AND s.starts_at > ? AND s.starts_at <= ?"
                        + " ORDER BY b.id LIMIT " + REMIND_BATCH + " FOR UPDATE")
                .params(now, now.plus(before)).query(BOOKING).list();
        if (due.isEmpty()) {
            return 0;
        }
        Instant at = clock.instant();
        Map<Long, OrgRef> names = orgs.findAll(due.stream().map(Booking::getOrgId).collect(Collectors.toSet()));
        for (Booking b : due) {
            jdbc.sql("UPDATE lecture_booking SET reminded_at = ? WHERE id = ?").params(at, b.getId()).update();
            SlotRow slot = slotRow(b.getSlotId()).orElseThrow();
            outbox.add(notice(b, slot, Lectures.name(names, b.getOrgId()), LearningLectureNotice.DUE_SOON));
        }
        return due.size();
    }

    private void end(Booking booking, BookingStatus status, CurrentUser by) {
        Instant at = clock.instant();
        int ended = jdbc.sql("UPDATE lecture_booking SET status = ?, active_org_id = NULL, ended_by = ?, ended_at = ?"
                        + " WHERE id = ? AND status = 'BOOKED'")
                .params(status.name(), by.accountId(), at, booking.getId()).update();
        if (ended == 0) {
            throw ApiException.conflict(NOT_BOOKED);
        }
        booking.setStatus(status.name());
        booking.setActiveOrgId(null);
        booking.setEndedBy(by.accountId());
        booking.setEndedAt(at);
    }

    private List<BookingView> list(List<Booking> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, SlotRow> slotsById = jdbc.sql(SLOT_SQL + " WHERE s.id IN (:ids)")
                .param("ids", found.stream().map(Booking::getSlotId).distinct().toList()).query(SlotRow.class).list()
                .stream().collect(Collectors.toMap(SlotRow::id, s -> s));
        Map<Long, OrgRef> names = orgs.findAll(found.stream().map(Booking::getOrgId).collect(Collectors.toSet()));
        return found.stream().map(b -> view(b, slotsById.get(b.getSlotId()), Lectures.name(names, b.getOrgId())))
                .toList();
    }

    /** A booking read with plain SQL (a job's, or a slot's whole list): the columns lists and notices use. */
    private static final RowMapper<Booking> BOOKING = (rs, n) -> {
        Booking b = new Booking();
        b.setId(rs.getLong("id"));
        b.setSlotId(rs.getLong("slot_id"));
        b.setOrgId(rs.getLong("org_id"));
        b.setOrgPath(rs.getString("org_path"));
        b.setAttendees(rs.getInt("attendees"));
        b.setNote(rs.getString("note"));
        b.setStatus(rs.getString("status"));
        b.setBookedAt(rs.getTimestamp("booked_at").toInstant());
        return b;
    };

    private static final String SLOT_SQL = "SELECT s.id, s.org_id, s.org_path, s.topic, s.place, s.starts_at,"
            + " s.cancel_until, s.capacity, s.status, e.name AS expert_name FROM lecture_slot s"
            + " JOIN lecture_expert e ON e.id = s.expert_id";

    private Optional<SlotRow> slotRow(long slotId) {
        return jdbc.sql(SLOT_SQL + " WHERE s.id = ?").param(slotId).query(SlotRow.class).optional();
    }

    /** The slot, its row locked: cancelling and withdrawing wait for each other and for bookings in flight. */
    private SlotRow lockedSlot(long slotId) {
        return jdbc.sql(SLOT_SQL + " WHERE s.id = ? FOR UPDATE").param(slotId).query(SlotRow.class).single();
    }

    private String orgName(long orgId) {
        return orgs.find(orgId).map(OrgRef::name).orElse("");
    }

    private BookingView view(Booking b, SlotRow slot, String orgName) {
        boolean live = BookingStatus.BOOKED.name().equals(b.getStatus());
        return new BookingView(b.getId(), b.getSlotId(), b.getOrgId(), orgName, BookingStatus.valueOf(b.getStatus()),
                b.getAttendees(), b.getNote(), b.getBookedAt(), slot.expertName(), slot.topic(), slot.place(),
                slot.startsAt(), slot.cancelUntil(), live && !LocalDateTime.now(clock).isAfter(slot.cancelUntil()));
    }

    private static LearningLectureNotice notice(Booking b, SlotRow slot, String orgName, String what) {
        return new LearningLectureNotice(b.getId(), slot.id(), what, b.getOrgId(), b.getOrgPath(), orgName,
                slot.orgId(), slot.expertName(), slot.topic(), slot.startsAt(), slot.place(), slot.cancelUntil());
    }

    record SlotRow(long id, long orgId, String orgPath, String topic, String place, LocalDateTime startsAt,
                   LocalDateTime cancelUntil, int capacity, String status, String expertName) {
    }
}
