package org.dangjian.cadre.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.cadre.appointment.AppointmentView;
import org.dangjian.cadre.appointment.Appointments;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.cadre.record.CadreRecords;
import org.dangjian.cadre.record.CadreRequest;
import org.dangjian.cadre.record.Person;
import org.dangjian.cadre.reserve.ReserveView;
import org.dangjian.cadre.reserve.Reserves;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A cadre's whole record (person, posts, reserve entries) and the roster of a subtree's cadres, paged. A page is
 * read in a fixed number of queries whatever its size: the ids, the persons (and their members), the posts, the
 * reserve entries, the organisations' names.
 */
@Service
class CadreProfiles {
    private final CadreRecords records;
    private final Appointments appointments;
    private final Reserves reserves;
    private final OrgDirectory orgs;
    private final JdbcClient jdbc;
    private final Clock clock;

    CadreProfiles(CadreRecords records, Appointments appointments, Reserves reserves, OrgDirectory orgs,
                  JdbcClient jdbc, Clock clock) {
        this.records = records;
        this.appointments = appointments;
        this.reserves = reserves;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    CadreView create(CadreRequest request, CurrentUser by) {
        return get(records.create(request, by));
    }

    CadreView get(long id) {
        records.person(id);
        return views(List.of(id)).get(0);
    }

    /**
     * The cadres of {@code orgId}'s subtree (the caller's own when not given), newest first. With a position: those
     * who hold it now in an organisation of the subtree.
     */
    PageResult<CadreView> list(Long orgId, Position position, PageQuery page, CurrentUser caller) {
        Map<String, Object> p = new HashMap<>();
        p.put("path", orgs.subtreePath(orgId, caller));
        String from;
        String id;
        if (position == null) {
            id = "c.id";
            from = " FROM cadre c WHERE " + SubtreePaths.under("c.org_path", "path");
        } else {
            id = "a.cadre_id";
            from = " FROM appointment a WHERE " + SubtreePaths.under("a.org_path", "path")
                    + " AND a.position = :position AND a.ends_on IS NULL";
            p.put("position", position.name());
        }
        long total = jdbc.sql(ScopedSql.of("SELECT COUNT(DISTINCT " + id + ")" + from)).params(p).query(Long.class)
                .single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<Long> ids = jdbc.sql(ScopedSql.of("SELECT DISTINCT " + id + from + " ORDER BY " + id
                + " DESC LIMIT :limit OFFSET :offset")).params(p).query(Long.class).list();
        return PageResult.of(views(ids), total, page);
    }

    private List<CadreView> views(Collection<Long> ids) {
        Map<Long, Person> persons = records.persons(ids);
        Map<Long, List<AppointmentView>> posts = appointments.ofCadres(persons.keySet());
        Map<Long, List<ReserveView>> reserved = reserves.ofCadres(persons.keySet());
        Map<Long, OrgRef> named = orgs.findAll(persons.values().stream().map(Person::orgId).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        List<CadreView> views = new ArrayList<>();
        for (Long id : ids) {
            Person p = persons.get(id);
            if (p == null) {
                continue;
            }
            OrgRef org = named.get(p.orgId());
            views.add(new CadreView(p.cadreId(), p.memberId(), p.name(), p.gender(), p.birthDate(), p.ageOn(today),
                    p.education(), p.education() == null ? null : CodeTables.education().label(p.education()).orElse(null),
                    p.idNumberMasked(), p.phoneMasked(),
                    p.orgId(), org == null ? null : org.name(), posts.getOrDefault(id, List.of()),
                    reserved.getOrDefault(id, List.of())));
        }
        return views;
    }
}
