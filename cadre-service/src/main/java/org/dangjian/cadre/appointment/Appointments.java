package org.dangjian.cadre.appointment;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.cadre.record.CadreRecords;
import org.dangjian.cadre.record.Person;
import org.dangjian.cadre.record.ServingOrg;
import org.dangjian.contracts.cadre.CadreAppointmentChanged;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts taken up and left. An organisation has one secretary at a time (a unique key on the live secretary's
 * organisation keeps it so under racing requests); a cadre holds a post of an organisation once at a time. Each
 * change is announced as {@code cadre.appointment-changed} in the same transaction, from which org-service shows
 * the organisation's secretary.
 */
@Service
public class Appointments {
    static final String NOT_FOUND = "CADRE_APPOINTMENT_NOT_FOUND";
    static final String HAS_SECRETARY = "CADRE_ORG_HAS_SECRETARY";
    static final String ALREADY_HOLDS = "CADRE_ALREADY_HOLDS_POST";
    static final String ENDED = "CADRE_APPOINTMENT_ENDED";
    static final String IN_FUTURE = "CADRE_DATE_IN_FUTURE";
    static final String TERM_BEFORE_START = "CADRE_TERM_ENDS_BEFORE_START";
    static final String ENDS_BEFORE_START = "CADRE_ENDS_BEFORE_START";
    private final AppointmentMapper appointments;
    private final CadreRecords cadres;
    private final OrgDirectory orgs;
    private final EventOutbox outbox;
    private final Clock clock;

    Appointments(AppointmentMapper appointments, CadreRecords cadres, OrgDirectory orgs, EventOutbox outbox,
                 Clock clock) {
        this.appointments = appointments;
        this.cadres = cadres;
        this.orgs = orgs;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public AppointmentView appoint(long cadreId, AppointmentRequest request, CurrentUser by) {
        Person person = cadres.person(cadreId);
        OrgRef org = ServingOrg.of(orgs, request.orgId(), person.orgId(), by);
        LocalDate today = LocalDate.now(clock);
        if (request.startsOn().isAfter(today)) {
            throw ApiException.invalidField("startsOn", IN_FUTURE);
        }
        if (request.termEndsOn() != null && !request.termEndsOn().isAfter(request.startsOn())) {
            throw ApiException.invalidField("termEndsOn", TERM_BEFORE_START);
        }
        String position = request.position().name();
        if (request.position() == Position.SECRETARY) {
            currentSecretary(org.orgId()).ifPresent(holder -> {
                throw ApiException.conflict(HAS_SECRETARY, holder);
            });
        }
        if (appointments.exists(new LambdaQueryWrapper<Appointment>().eq(Appointment::getCadreId, cadreId)
                .eq(Appointment::getOrgId, org.orgId()).eq(Appointment::getPosition, position)
                .isNull(Appointment::getEndsOn))) {
            throw ApiException.conflict(ALREADY_HOLDS);
        }
        Appointment a = new Appointment();
        a.setCadreId(cadreId);
        a.setOrgId(org.orgId());
        a.setOrgPath(org.path());
        a.setPosition(position);
        a.setMethod(request.method().name());
        a.setStartsOn(request.startsOn());
        a.setTermEndsOn(request.termEndsOn());
        a.setCreatedBy(by.accountId());
        a.setCreatedAt(clock.instant());
        try {
            appointments.insert(a);
        } catch (DuplicateKeyException e) {
            // another administrator's secretary of the same organisation committed first
            throw ApiException.conflict(HAS_SECRETARY, currentSecretary(org.orgId()).orElse(""));
        }
        announce(a, person);
        return views(List.of(a)).get(0);
    }

    @Transactional
    public AppointmentView end(long id, EndRequest request, CurrentUser by) {
        Appointment a = appointments.selectOne(new LambdaQueryWrapper<Appointment>().eq(Appointment::getId, id)
                .last("FOR UPDATE"));
        if (a == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        if (!a.current()) {
            throw ApiException.conflict(ENDED);
        }
        if (request.endsOn().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalidField("endsOn", IN_FUTURE);
        }
        if (request.endsOn().isBefore(a.getStartsOn())) {
            throw ApiException.invalidField("endsOn", ENDS_BEFORE_START);
        }
        a.setEndsOn(request.endsOn());
        a.setEndReason(request.reason() == null || request.reason().isBlank() ? null : request.reason().strip());
        a.setEndedBy(by.accountId());
        appointments.updateById(a);
        announce(a, cadres.person(a.getCadreId()));
        return views(List.of(a)).get(0);
    }

    /**
     * Posts an import has checked (organisation in the caller's scope, dates, one secretary per organisation, no post
     * held twice): inserted and announced like {@link #appoint}. A secretary appointed meanwhile by someone else still
     * meets the unique key, and everything rolls back.
     */
    @Transactional
    public void addChecked(List<CheckedPost> posts, Map<Long, Person> holders, CurrentUser by) {
        for (CheckedPost post : posts) {
            Appointment a = new Appointment();
            a.setCadreId(post.cadreId());
            a.setOrgId(post.org().orgId());
            a.setOrgPath(post.org().path());
            a.setPosition(post.request().position().name());
            a.setMethod(post.request().method().name());
            a.setStartsOn(post.request().startsOn());
            a.setTermEndsOn(post.request().termEndsOn());
            a.setCreatedBy(by.accountId());
            a.setCreatedAt(clock.instant());
            try {
                appointments.insert(a);
            } catch (DuplicateKeyException e) {
                throw ApiException.conflict(HAS_SECRETARY, currentSecretary(post.org().orgId()).orElse(""));
            }
            announce(a, holders.get(a.getCadreId()));
        }
    }

    /** A post an import checked: whose, where, and the request as the API would take it. */
    public record CheckedPost(long cadreId, OrgRef org, AppointmentRequest request) {
    }

    /** Each post held now by the cadres among {@code cadreIds}, as "cadreId/orgId/POSITION". */
    public java.util.Set<String> heldNow(Collection<Long> cadreIds) {
        if (cadreIds.isEmpty()) {
            return java.util.Set.of();
        }
        return appointments.selectList(new LambdaQueryWrapper<Appointment>().in(Appointment::getCadreId, cadreIds)
                        .isNull(Appointment::getEndsOn)).stream()
                .map(a -> a.getCadreId() + "/" + a.getOrgId() + "/" + a.getPosition())
                .collect(Collectors.toSet());
    }

    /** The secretaries now in post among the organisations {@code orgIds}: organisation id to the holder's name. */
    public Map<Long, String> secretariesNow(Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        List<Appointment> held = appointments.selectList(new LambdaQueryWrapper<Appointment>()
                .in(Appointment::getOrgId, orgIds).eq(Appointment::getPosition, Position.SECRETARY.name())
                .isNull(Appointment::getEndsOn));
        Map<Long, Person> holders = cadres.persons(held.stream().map(Appointment::getCadreId).toList());
        Map<Long, String> names = new java.util.HashMap<>();
        held.forEach(a -> names.put(a.getOrgId(), holders.containsKey(a.getCadreId())
                ? holders.get(a.getCadreId()).name() : ""));
        return names;
    }

    /** The posts of the cadres among {@code cadreIds} the caller may see, held ones first, then the latest. */
    public Map<Long, List<AppointmentView>> ofCadres(Collection<Long> cadreIds) {
        if (cadreIds.isEmpty()) {
            return Map.of();
        }
        List<Appointment> found = appointments.selectList(new LambdaQueryWrapper<Appointment>()
                .in(Appointment::getCadreId, cadreIds));
        found.sort(Comparator.comparing(Appointment::current).reversed()
                .thenComparing(Appointment::getStartsOn, Comparator.reverseOrder()));
        return views(found).stream().collect(Collectors.groupingBy(AppointmentView::cadreId,
                java.util.LinkedHashMap::new, Collectors.toList()));
    }

    private java.util.Optional<String> currentSecretary(long orgId) {
        return appointments.selectList(new LambdaQueryWrapper<Appointment>().eq(Appointment::getOrgId, orgId)
                        .eq(Appointment::getPosition, Position.SECRETARY.name()).isNull(Appointment::getEndsOn))
                .stream().findFirst().map(a -> {
                    Map<Long, Person> holder = cadres.persons(List.of(a.getCadreId()));
                    Person p = holder.get(a.getCadreId());
                    return p == null ? "" : p.name();
                });
    }

    private void announce(Appointment a, Person person) {
        outbox.add(new CadreAppointmentChanged(a.getId(), a.getCadreId(), person.memberId(), person.name(),
                a.getOrgId(), a.getOrgPath(), a.getPosition(), a.getStartsOn(), a.getEndsOn(), a.current()));
    }

    private List<AppointmentView> views(List<Appointment> found) {
        Map<Long, OrgRef> named = orgs.findAll(found.stream().map(Appointment::getOrgId).distinct().toList());
        return found.stream().map(a -> new AppointmentView(a.getId(), a.getCadreId(), a.getOrgId(),
                named.containsKey(a.getOrgId()) ? named.get(a.getOrgId()).name() : null,
                Position.valueOf(a.getPosition()), AppointmentMethod.valueOf(a.getMethod()), a.getStartsOn(),
                a.getTermEndsOn(), a.getEndsOn(), a.getEndReason(), a.current())).toList();
    }
}
