package org.dangjian.learning.lecture;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.course.CourseReader;
import org.dangjian.learning.orgs.PublishingOrg;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Experts and the lecture slots they give. An organisation's administrators keep its roster of experts and offer
 * their lectures to the organisations of its subtree; an administrator below finds the slots offered by the
 * organisations above (or at) theirs, and their own organisation's booking of each.
 */
@Service
@EnableConfigurationProperties(LectureProperties.class)
public class Lectures {
    static final String EXPERT_NOT_FOUND = "LEARNING_EXPERT_NOT_FOUND";
    static final String SLOT_NOT_FOUND = "LEARNING_LECTURE_SLOT_NOT_FOUND";
    static final String SLOT_IN_PAST = "LEARNING_LECTURE_SLOT_IN_PAST";
    static final String ENDS_BEFORE_START = "LEARNING_LECTURE_ENDS_BEFORE_START";
    static final String CANCEL_AFTER_START = "LEARNING_LECTURE_CANCEL_AFTER_START";
    /** Slots listed at once: a city offers a few dozen lectures a month. */
    private static final int LIST_LIMIT = 200;

    private final ExpertMapper experts;
    private final LectureSlotMapper slots;
    private final JdbcClient jdbc;
    private final OrgDirectory orgs;
    private final LectureProperties props;
    private final Clock clock;

    Lectures(ExpertMapper experts, LectureSlotMapper slots, JdbcClient jdbc, OrgDirectory orgs, LectureProperties props,
             Clock clock) {
        this.experts = experts;
        this.slots = slots;
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.props = props;
        this.clock = clock;
    }

    @Transactional
    ExpertView addExpert(ExpertRequest request, CurrentUser by) {
        OrgRef org = PublishingOrg.of(orgs, request.orgId(), by);
        Expert expert = new Expert();
        expert.setOrgId(org.orgId());
        expert.setOrgPath(org.path());
        fill(expert, request);
        expert.setCreatedBy(by.accountId());
        expert.setCreatedAt(clock.instant());
        experts.insert(expert);
        return view(expert, org.name());
    }

    @Transactional
    ExpertView changeExpert(long id, ExpertRequest request) {
        Expert expert = expert(id);
        fill(expert, request);
        experts.updateById(expert);
        return view(expert, orgName(expert.getOrgId()));
    }

    /** The experts on the rosters of the caller's subtree, by name. */
    List<ExpertView> experts() {
        List<Expert> all = experts.selectList(new LambdaQueryWrapper<Expert>().orderByAsc(Expert::getName)
                .orderByAsc(Expert::getId).last("LIMIT " + LIST_LIMIT));
        Map<Long, OrgRef> names = orgs.findAll(all.stream().map(Expert::getOrgId).collect(Collectors.toSet()));
        return all.stream().map(e -> view(e, name(names, e.getOrgId()))).toList();
    }

    /** Offers a lecture of an expert on a roster the caller manages; the slot belongs to the expert's organisation. */
    @Transactional
    SlotView offer(SlotRequest request, CurrentUser by) {
        Expert expert = expert(request.expertId());
        LocalDateTime now = LocalDateTime.now(clock);
        if (!request.startsAt().isAfter(now)) {
            throw ApiException.invalidField("startsAt", SLOT_IN_PAST);
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ApiException.invalidField("endsAt", ENDS_BEFORE_START);
        }
        LocalDateTime cancelUntil = request.cancelUntil();
        if (cancelUntil == null) {
            LocalDateTime before = request.startsAt().minus(props.cancelBefore());
            cancelUntil = before.isAfter(now) ? before : now;
        } else if (cancelUntil.isAfter(request.startsAt())) {
            throw ApiException.invalidField("cancelUntil", CANCEL_AFTER_START);
        }
        LectureSlot slot = new LectureSlot();
        slot.setExpertId(expert.getId());
        slot.setOrgId(expert.getOrgId());
        slot.setOrgPath(expert.getOrgPath());
        slot.setTopic(request.topic().strip());
        slot.setPlace(request.place().strip());
        slot.setStartsAt(request.startsAt());
        slot.setEndsAt(request.endsAt());
        slot.setCancelUntil(cancelUntil);
        slot.setCapacity(request.capacity());
        slot.setBooked(0);
        slot.setStatus(SlotStatus.OPEN.name());
        slot.setCreatedBy(by.accountId());
        slot.setCreatedAt(clock.instant());
        slots.insert(slot);
        return slot(slot.getId(), by);
    }

    /**
     * The slots the caller's organisation may book (offered at or above it) and those its subtree offers, from
     * {@code from} on (today by default), soonest first, each with the caller's own organisation's live booking.
     * Not the administrators' scope alone: the slots of the organisations above are looked up by their paths.
     */
    List<SlotView> offeredTo(CurrentUser by, LocalDateTime from) {
        String path = by.orgPath();
        if (path == null) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("SELECT id FROM lecture_slot WHERE starts_at >= :from AND (org_path IN (:above) OR "
                        + SubtreePaths.under("org_path", "path") + ") ORDER BY starts_at, id LIMIT " + LIST_LIMIT)
                .param("from", from).param("above", CourseReader.ancestors(path)).param("path", path)
                .query(Long.class).list();
        return views(rows(ids, by), by);
    }

    /** A slot offered to the caller's organisation or by its subtree, else 404. */
    SlotView slot(long id, CurrentUser by) {
        List<SlotRow> found = rows(List.of(id), by);
        if (found.isEmpty() || !found.get(0).offeredToOrBy(by)) {
            throw ApiException.notFound(SLOT_NOT_FOUND);
        }
        return views(found, by).get(0);
    }

    private List<SlotView> views(List<SlotRow> rows, CurrentUser by) {
        Map<Long, OrgRef> names = orgs.findAll(rows.stream().map(SlotRow::orgId).collect(Collectors.toSet()));
        return rows.stream().map(r -> r.view(name(names, r.orgId()), by)).toList();
    }

    private List<SlotRow> rows(List<Long> ids, CurrentUser by) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT s.id, s.expert_id, e.name AS expert_name, e.title AS expert_title, s.org_id,"
                        + " s.org_path, s.topic, s.place, s.starts_at, s.ends_at, s.cancel_until, s.capacity, s.booked, s.status,"
                        + " b.id AS our_booking_id FROM lecture_slot s JOIN lecture_expert e ON e.id = s.expert_id"
                        + " LEFT JOIN lecture_booking b ON b.slot_id = s.id AND b.active_org_id = :org"
                        + " WHERE s.id IN (:ids) ORDER BY s.starts_at, s.id")
                .param("org", by.orgId() == null ? -1L : by.orgId()).param("ids", ids).query(SlotRow.class).list();
    }

    Expert expert(long id) {
        Expert expert = experts.selectById(id);
        if (expert == null) {
            throw ApiException.notFound(EXPERT_NOT_FOUND);
        }
        return expert;
    }

    private static void fill(Expert expert, ExpertRequest request) {
        expert.setName(request.name().strip());
        expert.setTitle(request.title().strip());
        expert.setTopics(request.topics().strip());
    }

    private String orgName(long orgId) {
        return orgs.find(orgId).map(OrgRef::name).orElse("");
    }

    static String name(Map<Long, OrgRef> names, long orgId) {
        OrgRef org = names.get(orgId);
        return org == null ? "" : org.name();
    }

    private static ExpertView view(Expert e, String orgName) {
        return new ExpertView(e.getId(), e.getOrgId(), orgName, e.getName(), e.getTitle(), e.getTopics());
    }

    record SlotRow(long id, long expertId, String expertName, String expertTitle, long orgId, String orgPath, String topic,
                   String place, LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime cancelUntil, int capacity, int booked,
                   String status, Long ourBookingId) {
        /** Offered at or above the caller's organisation, or by an organisation of the caller's subtree. */
        boolean offeredToOrBy(CurrentUser by) {
            return by.orgPath() != null && (by.orgPath().startsWith(orgPath) || by.covers(orgPath));
        }

        SlotView view(String orgName, CurrentUser by) {
            return new SlotView(id, expertId, expertName, expertTitle, orgId, orgName, topic, place, startsAt, endsAt,
                    cancelUntil, capacity, booked, SlotStatus.valueOf(status), ourBookingId,
                    by.orgPath() != null && by.orgPath().startsWith(orgPath), by.covers(orgPath));
        }
    }

}
