package org.dangjian.recruitment.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.contracts.recruitment.RecruitmentApplicantAnonymised;
import org.dangjian.kit.privacy.retention.Retention;
import org.dangjian.recruitment.attachment.EvidenceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Item 14: an applicant whose admission was refused is anonymised once the period after the refusal is past (rule
 * REFUSED_APPLICANT, 3 years by default): the case stays for the counts and the history, the person and their
 * evidence go.
 */
class RefusedApplicantsTest extends EvidenceApiTest {
    @Autowired
    Retention retention;

    @Test
    void an_applicant_refused_more_than_three_years_ago_is_anonymised_and_their_evidence_erased() {
        long refused = open(today().minusYears(6));
        long photo = ok(upload(branchAAdmin, refused, "N01", "申请书.jpg", photo())).get("id").asLong();
        String objectKey = jdbc.queryForObject("SELECT object_key FROM case_attachment WHERE id = ?", String.class, photo);
        refuse(refused, today().minusYears(3).minusDays(1));
        long recent = open(today().minusYears(2));
        refuse(recent, today().minusYears(1));
        long open = open(today().minusYears(5));

        retention.runAll();

        JsonNode anonymised = caseView(cityAdmin, refused);
        assertThat(anonymised.get("name").asString()).isEqualTo("（已匿名）");
        assertThat(anonymised.has("idNumber")).as("a masked ID number").isFalse();
        assertThat(anonymised.get("status").asString()).as("the case and its outcome stay").isEqualTo("REFUSED");
        assertThat(anonymised.get("steps").findValuesAsString("code")).as("the history stays").contains("N01");
        assertThat(jdbc.queryForList("SELECT id_number_enc, phone_enc, id_number_idx, phone_idx FROM recruitment_case"
                + " WHERE id = ?", refused).get(0).values()).containsOnlyNulls();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_attachment WHERE case_id = ?", Integer.class, refused)).isZero();
        assertThat(Files.exists(Path.of("target/test-storage").resolve(objectKey))).as("the photo's file").isFalse();
        assertThat(outboxCount(RecruitmentApplicantAnonymised.TYPE, refused)).as("org-service is told").isEqualTo(1);

        assertThat(caseView(cityAdmin, recent).get("name").asString()).as("refused a year ago").isEqualTo("陈佳");
        assertThat(caseView(cityAdmin, open).get("name").asString()).as("still in progress").isEqualTo("陈佳");
    }

    @Test
    void an_anonymised_applicant_is_done_once_and_the_overview_shows_none_due_after_the_run() {
        long refused = open(today().minusYears(6));
        refuse(refused, today().minusYears(4));

        retention.runAll();
        retention.runAll();

        assertThat(outboxCount(RecruitmentApplicantAnonymised.TYPE, refused)).isEqualTo(1);
        JsonNode kinds = ok(get(cityAdmin, "/api/recruitment/retention"));
        JsonNode kind = null;
        for (JsonNode k : kinds) {
            if (RefusedApplicants.KIND.equals(k.get("kind").asString())) {
                kind = k;
            }
        }
        assertThat(kind).as("the kind is listed").isNotNull();
        assertThat(kind.get("action").asString()).isEqualTo("ANONYMISE");
        assertThat(kind.get("due").asLong()).isZero();
    }

    /** The higher committee refused the admission on {@code on} (the outcome's own route is AdmissionOutcomeTest's). */
    private void refuse(long caseId, LocalDate on) {
        jdbc.update("UPDATE recruitment_case SET status = 'REFUSED', closed_on = ?, closed_reason = '培养考察不合格',"
                + " open_id_idx = NULL WHERE id = ?", on, caseId);
    }
}
