package org.dangjian.cadre.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dangjian.cadre.CadreApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The appointment and removal form (干部任免审批表) as the administrator prints it. */
class AppointmentFormTest extends CadreApiTest {

    @Test
    void the_form_names_the_cadre_with_the_member_records_details_the_post_to_take_up_and_the_record_of_posts()
            throws IOException {
        long member = member(branchC, "沈建华", "MALE", today().minusYears(48).withMonth(3).withDayOfMonth(2), "21");
        String cadre = memberCadre(town2Admin, member).get("id").asString();
        String earlier = ok(post(town2Admin, "/api/cadres/" + cadre + "/appointments",
                post(branchC, "COMMITTEE_MEMBER", today().minusYears(10)))).get("id").asString();
        ok(post(town2Admin, "/api/cadres/appointments/" + earlier + "/end",
                Map.of("endsOn", today().minusYears(5).toString(), "reason", "换届")));
        Map<String, Object> secretary = post(branchC, "SECRETARY", today().minusYears(5));
        secretary.put("termEndsOn", today().plusYears(1).toString());
        String held = ok(post(town2Admin, "/api/cadres/" + cadre + "/appointments", secretary)).get("id").asString();
        ok(post(town2Admin, "/api/cadres/" + cadre + "/training", Map.of("course", "全市村（社区）党组织书记示范培训班",
                "provider", "昆山市委组织部", "hours", 24, "heldOn", today().toString())));

        MvcTestResult printed = get(town2Admin, "/api/cadres/" + cadre + "/appointment-form.pdf?appointmentId=" + held);
        assertThat(printed).hasStatusOk().hasContentType("application/pdf");
        assertThat(printed.getResponse().getHeader("Content-Disposition")).contains("inline");
        String text;
        try (PDDocument doc = Loader.loadPDF(printed.getResponse().getContentAsByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            text = new PDFTextStripper().getText(doc).replace(" ", "");
        }
        assertThat(text).contains("干部任免审批表", "沈建华", "男", "大学本科毕业")
                .as("the date of joining the Party, from the member record").contains("2010.07")
                .as("the post to take up, with the reason").contains("拟任职务", "市北村党支部书记", "经选举产生，任市北村党支部书记，任期至")
                .as("the record of posts, oldest first").contains(
                        AppointmentFormPdf.month(today().minusYears(10)) + "—" + AppointmentFormPdf.month(today().minusYears(5))
                                + "　市北村党支部委员")
                .contains("全市村（社区）党组织书记示范培训班（昆山市委组织部，24学时）")
                .as("the submitting organisation is the caller's").contains("周市镇党委");
        assertThat(text.indexOf("拟任职务")).isLessThan(text.indexOf("市北村党支部书记"));

        MvcTestResult leaving = get(town2Admin, "/api/cadres/" + cadre + "/appointment-form.pdf?appointmentId=" + earlier);
        try (PDDocument doc = Loader.loadPDF(leaving.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(doc).replace(" ", ""))
                    .contains("免去市北村党支部委员职务（换届）。");
        }
        assertThat(get(town1Admin, "/api/cadres/" + cadre + "/appointment-form.pdf")).hasStatus(404);
        String other = otherCadre(town2Admin, branchC, "另一人").get("id").asString();
        assertThat(get(town2Admin, "/api/cadres/" + other + "/appointment-form.pdf?appointmentId=" + held))
                .as("a post of another cadre").hasStatus(404);
    }
}
