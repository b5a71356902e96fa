package org.dangjian.cadre.training;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.cadre.record.CadreRecords;
import org.dangjian.cadre.record.Person;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cadre's training (培训情况): courses recorded by the administrators, and for a member the class hours earned in
 * the Party school, counted per year without anyone typing them ({@link PartySchoolHours}).
 */
@Service
public class Trainings {
    static final String IN_FUTURE = "CADRE_DATE_IN_FUTURE";
    private final TrainingMapper trainings;
    private final CadreRecords cadres;
    private final JdbcClient jdbc;
    private final Clock clock;

    Trainings(TrainingMapper trainings, CadreRecords cadres, JdbcClient jdbc, Clock clock) {
        this.trainings = trainings;
        this.cadres = cadres;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    TrainingView record(long cadreId, TrainingRequest request, CurrentUser by) {
        Person person = cadres.person(cadreId);
        if (request.heldOn().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalidField("heldOn", IN_FUTURE);
        }
        Training t = new Training();
        t.setCadreId(cadreId);
        t.setOrgId(person.orgId());
        t.setOrgPath(person.orgPath());
        t.setCourse(request.course().strip());
        t.setProvider(request.provider().strip());
        t.setHours(request.hours());
        t.setHeldOn(request.heldOn());
        t.setCreatedBy(by.accountId());
        t.setCreatedAt(clock.instant());
        trainings.insert(t);
        return of(person);
    }

    public TrainingView of(long cadreId) {
        return of(cadres.person(cadreId));
    }

    private TrainingView of(Person person) {
        List<Training> recorded = trainings.selectList(new LambdaQueryWrapper<Training>()
                .eq(Training::getCadreId, person.cadreId()));
        recorded.sort(Comparator.comparing(Training::getHeldOn).reversed());
        Map<Integer, BigDecimal[]> years = new TreeMap<>(Comparator.reverseOrder());
        for (Training t : recorded) {
            years.computeIfAbsent(t.getHeldOn().getYear(), y -> zeros())[0] =
                    years.get(t.getHeldOn().getYear())[0].add(t.getHours());
        }
        if (person.memberId() != null) {
            jdbc.sql("SELECT year, hours FROM party_school_hours WHERE member_id = ?").param(person.memberId())
                    .query((RowCallbackHandler) rs -> years.computeIfAbsent(rs.getInt(1), y -> zeros())[1] =
                            rs.getBigDecimal(2));
        }
        return new TrainingView(
                recorded.stream().map(t -> new TrainingView.Course(t.getId(), t.getCourse(), t.getProvider(), t.getHours(),
                        t.getHeldOn())).toList(),
                years.entrySet().stream().map(e -> new TrainingView.Year(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[0].add(e.getValue()[1]))).toList());
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO.setScale(1), BigDecimal.ZERO.setScale(1)};
    }
}
