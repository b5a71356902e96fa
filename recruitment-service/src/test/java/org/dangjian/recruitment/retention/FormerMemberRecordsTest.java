package org.dangjian.recruitment.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.recruitment.attachment.EvidenceApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Item 14: when member-service anonymises a former member past their period, the development record of the member
 * this service admitted loses the person with its evidence, and the steps that named them as introducer keep the
 * step without the name.
 */
class FormerMemberRecordsTest extends EvidenceApiTest {

    @Test
    void aFormerMembersDevelopmentRecordAndTheStepsThatNamedThemLoseThePerson() {
        long admitted = open(today().minusYears(5));
        long photo = ok(upload(branchAAdmin, admitted, "N01", "申请书.jpg", photo())).get("id").asLong();
        String objectKey = jdbc.queryForObject("SELECT object_key FROM case_attachment WHERE id = ?", String.class, photo);
        jdbc.update("UPDATE recruitment_case SET status = 'ADMITTED', closed_on = ?, open_id_idx = NULL WHERE id = ?",
                today().minusYears(4), admitted);
        long memberId = announceMember(branchA, "陈佳");
        long other = open(today().minusYears(4));
        ok(upload(branchAAdmin, other, "N01", "申请书.jpg", photo()));
        long stepId = jdbc.queryForObject("SELECT id FROM case_step WHERE case_id = ? LIMIT 1", Long.class, other);
        jdbc.update("INSERT INTO step_person (case_step_id, case_id, step_code, kind, ord, member_id, name)"
                + " VALUES (?, ?, 'N09', 'INTRODUCER', 1, ?, '陈佳')", stepId, other, memberId);
        long stranger = open(today().minusYears(5));

        publish(new MemberAnonymised(memberId, admitted));
        awaitEffect(() -> count("SELECT COUNT(*) FROM recruitment_case WHERE id = ? AND anonymised_at IS NOT NULL",
                admitted) == 1);

        JsonNode record = caseView(cityAdmin, admitted);
        assertThat(record.get("name").asString()).isEqualTo("（已匿名）");
        assertThat(record.get("steps").findValuesAsString("code")).as("the history stays").contains("N01");
        assertThat(jdbc.queryForList("SELECT id_number_enc, phone_enc FROM recruitment_case WHERE id = ?", admitted)
                .get(0).values()).containsOnlyNulls();
        assertThat(Files.exists(Path.of("target/test-storage").resolve(objectKey))).as("the photo's file").isFalse();
        assertThat(jdbc.queryForObject("SELECT name FROM step_person WHERE member_id = ?", String.class, memberId))
                .isEqualTo("（已匿名）");
        assertThat(caseView(cityAdmin, stranger).get("name").asString()).as("someone else's case").isEqualTo("陈佳");
    }
}
