package org.dangjian.cadre.form;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.dangjian.cadre.appointment.AppointmentMethod;
import org.dangjian.cadre.appointment.AppointmentView;
import org.dangjian.cadre.appointment.Appointments;
import org.dangjian.cadre.performance.Performance;
import org.dangjian.cadre.performance.PerformanceView;
import org.dangjian.cadre.performance.RewardKind;
import org.dangjian.cadre.record.CadreRecords;
import org.dangjian.cadre.record.Gender;
import org.dangjian.cadre.record.Person;
import org.dangjian.cadre.training.TrainingView;
import org.dangjian.cadre.training.Trainings;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Fills the appointment and removal form of a cadre of the caller's subtree from the records: the person (a
 * member's from the roster), the posts, the training, the rewards and sanctions, the last three years' grades; for one post, the decision the form is about (taking it up
 * while it is held, leaving it once it ended) with its reason; the caller's organisation as the one submitting it.
 */
@Service
class AppointmentForms {
    private final CadreRecords cadres;
    private final Appointments appointments;
    private final Trainings trainings;
    private final Performance performance;
    private final OrgDirectory orgs;
    private final JdbcClient jdbc;
    private final AppointmentFormPdf pdf;
    private final Clock clock;

    AppointmentForms(CadreRecords cadres, Appointments appointments, Trainings trainings, Performance performance,
                     OrgDirectory orgs, JdbcClient jdbc, AppointmentFormPdf pdf, Clock clock) {
        this.performance = performance;
        this.cadres = cadres;
        this.appointments = appointments;
        this.trainings = trainings;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.pdf = pdf;
        this.clock = clock;
    }

    record Printed(String name, byte[] pdf) {
    }

    Printed print(long cadreId, Long appointmentId, CurrentUser caller) {
        AppointmentForm form = fill(cadreId, appointmentId, caller);
        return new Printed(form.name(), pdf.render(form));
    }

    AppointmentForm fill(long cadreId, Long appointmentId, CurrentUser caller) {
        Person person = cadres.person(cadreId);
        List<AppointmentView> posts = appointments.ofCadres(List.of(cadreId)).getOrDefault(cadreId, List.of());
        AppointmentView subject = appointmentId == null ? null : posts.stream()
                .filter(a -> a.id() == appointmentId).findFirst()
                .orElseThrow(() -> ApiException.notFound("CADRE_APPOINTMENT_NOT_FOUND"));
        LocalDate today = LocalDate.now(clock);
        String current = String.join("；", posts.stream().filter(AppointmentView::current)
                .filter(a -> subject == null || a.id() != subject.id()).map(AppointmentForms::post).toList());
        String proposed = subject != null && subject.current() ? post(subject) : "";
        String removed = subject != null && !subject.current() ? post(subject) : "";
        List<String> resume = posts.stream().sorted(Comparator.comparing(AppointmentView::startsOn))
                .map(a -> AppointmentFormPdf.month(a.startsOn()) + "—"
                        + (a.endsOn() == null ? "　　　　" : AppointmentFormPdf.month(a.endsOn())) + "　" + post(a))
                .toList();
        List<String> training = trainings.of(cadreId).courses().stream().map(AppointmentForms::course).toList();
        PerformanceView record = performance.of(cadreId);
        List<String> rewards = record.rewards().stream().map(r -> AppointmentFormPdf.month(r.decidedOn()) + "　"
                + (r.kind() == RewardKind.SANCTION ? "惩处：" : "") + r.title() + "（" + r.decidedBy() + "）").toList();
        String assessed = String.join("；", record.assessments().stream().limit(3)
                .sorted(Comparator.comparingInt(PerformanceView.Assessment::year))
                .map(a -> a.year() + "年度" + a.grade().label()).toList());
        return new AppointmentForm(person.name(), gender(person.gender()), birth(person, today), joined(person),
                person.education() == null ? "" : CodeTables.education().label(person.education()).orElse(""),
                current, proposed, removed, subject == null ? "" : reason(subject), resume, training,
                rewards.isEmpty() ? List.of("无") : rewards, assessed, orgs.find(caller.orgId()).map(OrgRef::name).orElse(""), today);
    }

    /** 歇马桥村党支部书记; a committee's post after the organisation: 歇马桥村党支部　村（居）委会主任. */
    static String post(AppointmentView a) {
        String org = a.orgName() == null ? "" : a.orgName();
        return switch (a.position()) {
            case SECRETARY -> org + "书记";
            case DEPUTY_SECRETARY -> org + "副书记";
            case COMMITTEE_MEMBER -> org + "委员";
            default -> org + "　" + a.position().label();
        };
    }

    private static String reason(AppointmentView a) {
        if (!a.current()) {
            return "免去" + post(a) + "职务" + (a.endReason() == null ? "" : "（" + a.endReason() + "）") + "。";
        }
        String how = a.method() == AppointmentMethod.ELECTED ? "经选举产生" : "经组织" + a.method().label();
        return how + "，任" + post(a) + (a.termEndsOn() == null ? "" : "，任期至" + a.termEndsOn().getYear() + "年"
                + a.termEndsOn().getMonthValue() + "月") + "。";
    }

    private static String course(TrainingView.Course c) {
        BigDecimal hours = c.hours().stripTrailingZeros();
        return AppointmentFormPdf.month(c.heldOn()) + "　" + c.course() + "（" + c.provider() + "，"
                + hours.toPlainString() + "学时）";
    }

    private static String gender(String code) {
        try {
            return code == null ? "" : Gender.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String birth(Person person, LocalDate today) {
        return person.birthDate() == null ? ""
                : AppointmentFormPdf.month(person.birthDate()) + "\n（" + person.ageOn(today) + "岁）";
    }

    private LocalDate joined(Person person) {
        return person.memberId() == null ? null : jdbc.sql("SELECT join_date FROM member_ref WHERE member_id = ?")
                .param(person.memberId()).query(LocalDate.class).optional().orElse(null);
    }
}
