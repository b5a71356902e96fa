package org.dangjian.recruitment.people;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemFactory;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.CaseView;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.cases.StepPeople;
import org.dangjian.recruitment.catalogue.People;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.step.RecordStepRequest;
import org.dangjian.recruitment.step.Requirement;
import org.dangjian.recruitment.step.StepRequirement;
import org.springframework.stereotype.Component;

/**
 * A step that names members for the person (training contacts N05: 1–2; introducers N09: exactly 2; the numbers
 * are the catalogue's) lists their member ids. Each must be a full member on the roster (a probationary member
 * cannot introduce, 发展党员工作细则 第十四条; the roster is the city's, any branch), none twice, as many as the
 * catalogue allows. Each fault names the id (field {@code people[i]}) and the reason.
 */
@Component
class NamedPeople implements StepRequirement, StepPeople {
    static final String COUNT = "RECRUITMENT_PEOPLE_COUNT";
    static final String NOT_AN_ID = "RECRUITMENT_PERSON_NOT_AN_ID";
    static final String NOT_ON_ROSTER = "RECRUITMENT_PERSON_NOT_ON_ROSTER";
    static final String NOT_FULL = "RECRUITMENT_PERSON_NOT_A_FULL_MEMBER";
    static final String TWICE = "RECRUITMENT_PERSON_TWICE";
    private static final String FULL = "FULL";
    private final MemberRoster roster;
    private final StepPersonMapper people;
    private final ProblemFactory messages;

    NamedPeople(MemberRoster roster, StepPersonMapper people, ProblemFactory messages) {
        this.roster = roster;
        this.people = people;
        this.messages = messages;
    }

    @Override
    public Requirement kind() {
        return Requirement.PEOPLE;
    }

    @Override
    public void check(RecruitmentCase c, StepDefinition step, RecordStepRequest request, List<FieldProblem> problems) {
        People asked = step.people();
        List<String> given = request.people() == null ? List.of() : request.people();
        if (given.size() < asked.min() || given.size() > asked.max()) {
            problems.add(problem("people", COUNT, asked.min(), asked.max(), asked.kind().label(), given.size()));
        }
        Map<Integer, Long> ids = ids(given, problems);
        Map<Long, MemberRef> known = roster.findAll(ids.values());
        Set<Long> seen = new HashSet<>();
        ids.forEach((i, id) -> {
            MemberRef m = known.get(id);
            if (!seen.add(id)) {
                problems.add(problem("people[" + i + "]", TWICE, id));
            } else if (m == null) {
                problems.add(problem("people[" + i + "]", NOT_ON_ROSTER, id));
            } else if (!FULL.equals(m.status())) {
                problems.add(problem("people[" + i + "]", NOT_FULL, id, m.name(), asked.kind().label()));
            }
        });
    }

    @Override
    public void recorded(RecruitmentCase c, StepDefinition step, CaseStep row, RecordStepRequest request) {
        Map<Long, MemberRef> known = roster.findAll(request.people().stream().map(s -> Long.parseLong(s.trim())).toList());
        int ord = 0;
        for (String given : request.people()) {
            MemberRef m = known.get(Long.parseLong(given.trim()));
            StepPerson p = new StepPerson();
            p.setCaseStepId(row.getId());
            p.setCaseId(c.getId());
            p.setStepCode(step.code());
            p.setKind(step.people().kind().name());
            p.setOrd(ord++);
            p.setMemberId(m.memberId());
            p.setName(m.name());
            people.insert(p);
        }
    }

    @Override
    public Map<String, List<CaseView.NamedMember>> ofCase(long caseId) {
        Map<String, List<CaseView.NamedMember>> byStep = new LinkedHashMap<>();
        people.selectList(Wrappers.<StepPerson>lambdaQuery().eq(StepPerson::getCaseId, caseId)
                        .orderByAsc(StepPerson::getCaseStepId).orderByAsc(StepPerson::getOrd))
                .forEach(p -> byStep.computeIfAbsent(p.getStepCode(), k -> new ArrayList<>())
                        .add(new CaseView.NamedMember(p.getMemberId(), p.getName())));
        return byStep;
    }

    /** The ids that are numbers, by their place in the list; the others are named as faults. */
    private Map<Integer, Long> ids(List<String> given, List<FieldProblem> problems) {
        Map<Integer, Long> ids = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String s = given.get(i) == null ? "" : given.get(i).trim();
            try {
                ids.put(i, Long.parseLong(s));
            } catch (NumberFormatException e) {
                problems.add(problem("people[" + i + "]", NOT_AN_ID, s));
            }
        }
        return ids;
    }

    /** The message carries the id, so it is put in words here, in the caller's language. */
    private FieldProblem problem(String field, String code, Object... args) {
        return new FieldProblem(field, messages.fieldMessage(code, args));
    }
}
