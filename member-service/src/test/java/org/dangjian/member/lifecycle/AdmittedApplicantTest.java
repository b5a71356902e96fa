package org.dangjian.member.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.time.Duration;
import java.time.LocalDate;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.recruitment.RecruitmentAdmitted;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A member admitted through recruitment is announced with the applicant they were, so that their account follows. */
class AdmittedApplicantTest extends TreeApiTest {
    @Autowired
    EventSeal seal;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void theAdmittedMembersRegistrationNamesTheApplicantTheyWereWithThePhoneSealedAsItCame() {
        long applicant = nextId();
        LocalDate admitted = LocalDate.now().minusDays(20);
        String idNumber = idNumber(LocalDate.of(1996, 6, 6), true);
        publish(new RecruitmentAdmitted(applicant, branchA, pathOf(branchA), "李新", "MALE", "03",
                LocalDate.of(1996, 6, 6), seal.seal(idNumber), seal.seal("13600004321"), "21", admitted));

        await().atMost(WAIT).until(() -> jdbc.queryForList("SELECT id FROM member WHERE applicant_id = ?", Long.class,
                applicant).size() == 1);
        long memberId = jdbc.queryForObject("SELECT id FROM member WHERE applicant_id = ?", Long.class, applicant);
        JsonNode registered = json.readTree(jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = ?"
                + " AND aggregate_id = ?", String.class, MemberRegisteredV2.TYPE, Long.toString(memberId)));
        assertThat(registered.get("applicantId").asLong()).isEqualTo(applicant);
        assertThat(registered.toString()).doesNotContain("13600004321").doesNotContain("00004321");
        assertThat(seal.open(registered.get("phone").asString())).isEqualTo("13600004321");
        assertThat(jdbc.queryForObject("SELECT id_number_masked FROM member WHERE id = ?", String.class, memberId))
                .as("the sealed ID number opened").isEqualTo(Masking.idNumber(idNumber));
        assertThat(registered.get("joinDate").asString()).isEqualTo(admitted.toString());
        assertThat(registered.get("status").get("standing").asString()).isEqualTo("PROBATIONARY");
        assertThat(jdbc.queryForObject("SELECT ethnicity FROM member WHERE id = ?", String.class, memberId))
                .as("the GB 3304 code recruitment asked at the opening").isEqualTo("03");
    }

    @Test
    void aDirectlyRegisteredMemberNamesNoApplicant() {
        MemberRegisteredV2 direct = new MemberRegisteredV2(1, branchA, pathOf(branchA), "王", "MALE",
                LocalDate.of(1990, 1, 1), LocalDate.of(2015, 7, 1), null, null, null, null);
        assertThat(direct.applicantId()).isNull();
    }
}
