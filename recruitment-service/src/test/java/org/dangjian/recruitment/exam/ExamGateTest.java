package org.dangjian.recruitment.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dangjian.contracts.learning.LearningExamPassed;
import org.dangjian.recruitment.vote.CaseUnderWayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * A step that waits for an exam (N07 activists', N12 candidates', N23 new members') is refused until the case has
 * a pass of that kind dated on or before the step: announced by the learning platform, or a paper exam at or above
 * the pass mark.
 */
class ExamGateTest extends CaseUnderWayTest {

    @Test
    void aCandidateWaitsForTheExamPass() {
        long id = caseAt("N12");

        MvcTestResult r = record(branchAAdmin, id, "N12", Map.of("date", today().toString()));

        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(r).get("code").asString()).isEqualTo("RECRUITMENT_EXAM_NOT_PASSED");
        assertThat(body(r).get("detail").asString()).contains("N12").contains("须先通过发展对象考试");
    }

    @Test
    void anExamPassEventUnlocksTheStep() {
        long id = caseAt("N07");
        LocalDate passed = today().minusDays(10);

        publish(new LearningExamPassed((long) id, null, "CANDIDATE", BigDecimal.valueOf(90), passed));
        publish(new LearningExamPassed((long) id, null, "ACTIVIST", BigDecimal.valueOf(85), passed));
        awaitEffect(() -> count("SELECT COUNT(*) FROM case_exam WHERE case_id = ?", id) == 2);

        MvcTestResult beforeThePass = record(branchAAdmin, id, "N07", Map.of("date", passed.minusDays(1).toString()));
        assertThat(beforeThePass.getResponse().getStatus()).as("a pass dated after the step does not count").isEqualTo(409);
        assertThat(body(beforeThePass).get("code").asString()).isEqualTo("RECRUITMENT_EXAM_NOT_PASSED");

        ok(record(branchAAdmin, id, "N07", Map.of("date", passed.toString())));
        JsonNode exams = ok(get(town1Admin, CASES + "/" + id + "/exams"));
        assertThat(exams.findValuesAsString("kind")).containsExactlyInAnyOrder("ACTIVIST", "CANDIDATE");
        assertThat(exams.findValuesAsString("source")).containsOnly("ONLINE");
    }

    @Test
    void anExamPassOfAnotherKindDoesNotUnlockTheStep() {
        long id = caseAt("N07");
        publish(new LearningExamPassed((long) id, null, "NEW_MEMBER", BigDecimal.valueOf(99), today()));
        awaitEffect(() -> count("SELECT COUNT(*) FROM case_exam WHERE case_id = ?", id) == 1);

        MvcTestResult r = record(branchAAdmin, id, "N07", Map.of("date", today().toString()));

        assertThat(body(r).get("code").asString()).isEqualTo("RECRUITMENT_EXAM_NOT_PASSED");
    }

    @Test
    void anExamPassAnnouncedTwiceIsKeptOnce() {
        long id = caseAt("N07");
        publish(new LearningExamPassed((long) id, null, "ACTIVIST", BigDecimal.valueOf(70), today()));
        awaitEffect(() -> count("SELECT COUNT(*) FROM case_exam WHERE case_id = ?", id) == 1);

        redeliver(LearningExamPassed.TYPE, Long.toString(id));
        awaitConsumed("recruitment-service.exam-passes", "dj.learning.v1");

        assertThat(count("SELECT COUNT(*) FROM case_exam WHERE case_id = ?", id)).isEqualTo(1);
    }

    @Test
    void aPaperExamBelowThePassMarkDoesNotPass() {
        long id = caseAt("N12");

        JsonNode failed = ok(paperExam(branchAAdmin, id, "CANDIDATE", "59", today().minusDays(3), png()));
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("passMark").asInt()).isEqualTo(60);
        assertThat(record(branchAAdmin, id, "N12", Map.of("date", today().toString())).getResponse().getStatus())
                .isEqualTo(409);

        JsonNode passed = ok(paperExam(branchAAdmin, id, "CANDIDATE", "60", today().minusDays(1), png()));
        assertThat(passed.get("passed").asBoolean()).isTrue();
        ok(record(branchAAdmin, id, "N12", Map.of("date", today().toString())));
    }

    @Test
    void aCityMayRaiseThePassMarkOfPaperExams() {
        try {
            ok(put(cityAdmin, "/api/recruitment/rule-sets/admission", Map.of("effectiveFrom", today().toString(),
                    "source", "市委组织部通知", "value", Map.of("minimumAge", 18, "examPassMark", 70))));
            long id = caseAt("N12");

            assertThat(ok(paperExam(branchAAdmin, id, "CANDIDATE", "65", today(), png())).get("passed").asBoolean())
                    .isFalse();
            assertThat(ok(paperExam(branchAAdmin, id, "CANDIDATE", "65", today().minusDays(1), png()))
                    .get("passed").asBoolean()).as("the day before, 60 was the mark").isTrue();
        } finally {
            jdbc.update("DELETE FROM rule_set WHERE name = 'admission'");
        }
    }

    @Test
    void aPaperExamIsCheckedAndItsSheetIsAPhoto() {
        long id = caseAt("N12");

        MvcTestResult bad = paperExam(branchAAdmin, id, "CANDIDATE", "101", today().plusDays(1), png());
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("score", "date");

        MvcTestResult script = paperExam(branchAAdmin, id, "CANDIDATE", "80", today(),
                "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8));
        assertThat(script.getResponse().getStatus()).isEqualTo(415);

        assertThat(paperExam(branchBAdmin, id, "CANDIDATE", "80", today(), png()).getResponse().getStatus())
                .as("another branch's case").isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM case_exam WHERE case_id = ?", id)).isZero();
    }

    private long caseAt(String code) {
        long id = openCase(today().minusYears(3));
        doneBefore(id, code, today().minusMonths(14));
        return id;
    }

    private MvcTestResult paperExam(String token, long caseId, String kind, String score, LocalDate date, byte[] sheet) {
        return mvc.post().uri(CASES + "/" + caseId + "/exams").multipart().file("file", sheet)
                .param("kind", kind).param("score", score).param("date", date.toString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xCC0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
