package org.dangjian.cadre.reserve;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.cadre.record.CadreRecords;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.cadre.record.Person;
import org.dangjian.cadre.record.ServingOrg;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reserve list (后备干部): cadres kept in reserve for a post of an organisation, once per post at a time. */
@Service
public class Reserves {
    static final String NOT_FOUND = "CADRE_RESERVE_NOT_FOUND";
    static final String ALREADY = "CADRE_ALREADY_IN_RESERVE";
    static final String ENDED = "CADRE_RESERVE_ENDED";
    static final String IN_FUTURE = "CADRE_DATE_IN_FUTURE";
    static final String ENDS_BEFORE_START = "CADRE_ENDS_BEFORE_START";
    private final ReserveMapper reserves;
    private final CadreRecords cadres;
    private final OrgDirectory orgs;
    private final Clock clock;

    Reserves(ReserveMapper reserves, CadreRecords cadres, OrgDirectory orgs, Clock clock) {
        this.reserves = reserves;
        this.cadres = cadres;
        this.orgs = orgs;
        this.clock = clock;
    }

    @Transactional
    public ReserveView add(long cadreId, ReserveRequest request, CurrentUser by) {
        Person person = cadres.person(cadreId);
        OrgRef org = ServingOrg.of(orgs, request.orgId(), person.orgId(), by);
        if (request.since().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalidField("since", IN_FUTURE);
        }
        if (reserves.exists(new LambdaQueryWrapper<Reserve>().eq(Reserve::getCadreId, cadreId)
                .eq(Reserve::getOrgId, org.orgId()).eq(Reserve::getPosition, request.position().name())
                .isNull(Reserve::getUntil))) {
            throw ApiException.conflict(ALREADY);
        }
        Reserve r = new Reserve();
        r.setCadreId(cadreId);
        r.setOrgId(org.orgId());
        r.setOrgPath(org.path());
        r.setPosition(request.position().name());
        r.setSince(request.since());
        r.setCreatedBy(by.accountId());
        r.setCreatedAt(clock.instant());
        reserves.insert(r);
        return views(List.of(r)).get(0);
    }

    @Transactional
    public ReserveView end(long id, ReserveEndRequest request) {
        Reserve r = reserves.selectById(id);
        if (r == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        if (!r.current()) {
            throw ApiException.conflict(ENDED);
        }
        if (request.until().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalidField("until", IN_FUTURE);
        }
        if (request.until().isBefore(r.getSince())) {
            throw ApiException.invalidField("until", ENDS_BEFORE_START);
        }
        r.setUntil(request.until());
        reserves.updateById(r);
        return views(List.of(r)).get(0);
    }

    /** Reserve entries an import has checked (organisation in scope, date, not kept twice): inserted. */
    @Transactional
    public void addChecked(List<CheckedReserve> entries, CurrentUser by) {
        for (CheckedReserve entry : entries) {
            Reserve r = new Reserve();
            r.setCadreId(entry.cadreId());
            r.setOrgId(entry.org().orgId());
            r.setOrgPath(entry.org().path());
            r.setPosition(entry.request().position().name());
            r.setSince(entry.request().since());
            r.setCreatedBy(by.accountId());
            r.setCreatedAt(clock.instant());
            reserves.insert(r);
        }
    }

    /** A reserve entry an import checked: whose, where, and the request as the API would take it. */
    public record CheckedReserve(long cadreId, OrgRef org, ReserveRequest request) {
    }

    /** Each reserve entry kept now for the cadres among {@code cadreIds}, as "cadreId/orgId/POSITION". */
    public java.util.Set<String> keptNow(Collection<Long> cadreIds) {
        if (cadreIds.isEmpty()) {
            return java.util.Set.of();
        }
        return reserves.selectList(new LambdaQueryWrapper<Reserve>().in(Reserve::getCadreId, cadreIds)
                        .isNull(Reserve::getUntil)).stream()
                .map(r -> r.getCadreId() + "/" + r.getOrgId() + "/" + r.getPosition())
                .collect(Collectors.toSet());
    }

    /** The reserve entries of the cadres among {@code cadreIds} the caller may see, current ones first. */
    public Map<Long, List<ReserveView>> ofCadres(Collection<Long> cadreIds) {
        if (cadreIds.isEmpty()) {
            return Map.of();
        }
        List<Reserve> found = reserves.selectList(new LambdaQueryWrapper<Reserve>().in(Reserve::getCadreId, cadreIds));
        found.sort(Comparator.comparing(Reserve::current).reversed()
                .thenComparing(Reserve::getSince, Comparator.reverseOrder()));
        return views(found).stream().collect(Collectors.groupingBy(ReserveView::cadreId, LinkedHashMap::new,
                Collectors.toList()));
    }

    private List<ReserveView> views(List<Reserve> found) {
        Map<Long, OrgRef> named = orgs.findAll(found.stream().map(Reserve::getOrgId).distinct().toList());
        return found.stream().map(r -> new ReserveView(r.getId(), r.getCadreId(), r.getOrgId(),
                named.containsKey(r.getOrgId()) ? named.get(r.getOrgId()).name() : null,
                Position.valueOf(r.getPosition()), r.getSince(), r.getUntil(),
                r.current())).toList();
    }
}
