package org.dangjian.member.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.kit.privacy.retention.Retention;
import org.dangjian.member.LifecycleApiTest;
import org.dangjian.member.NewMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Item 14: a member who left or died is anonymised once the period after leaving is past (rule FORMER_MEMBER, 10
 * years by default): the record stays for the counts, the person goes, and nobody writes them back.
 */
class FormerMembersTest extends LifecycleApiTest {
    @Autowired
    Retention retention;

    @Test
    void aMemberWhoDiedMoreThanTenYearsAgoIsAnonymisedAndTheRecordStaysForTheCounts() throws IOException {
        long died = register(new NewMember(branchA, "钱老").born(LocalDate.of(1930, 6, 18))
                .joined(LocalDate.of(1956, 7, 1)).with("phone", "13912340001").with("workUnit", "昆山纺织厂")
                .mobileTo("310000"));
        assertThat(uploadPhoto(died)).hasStatusOk();
        String photoKey = jdbc.queryForObject("SELECT photo_key FROM member WHERE id = ?", String.class, died);
        act(died, "mobility-end", Map.of());
        act(died, "leaving", Map.of("reason", "DECEASED", "date", today().minusYears(10).minusDays(1).toString()));
        long leftRecently = register(new NewMember(branchA, "孙明").born(LocalDate.of(1960, 1, 1))
                .joined(LocalDate.of(1990, 7, 1)));
        act(leftRecently, "leaving", Map.of("reason", "WITHDREW", "date", today().minusYears(9).toString()));
        long active = register(new NewMember(branchA, "李红").born(LocalDate.of(1940, 2, 2)));

        retention.runAll();

        JsonNode record = ok(get(cityAdmin, "/api/members/" + died));
        assertThat(record.get("name").asString()).isEqualTo("（已匿名）");
        assertThat(record.path("idNumber").isMissingNode() || record.path("idNumber").isNull()).isTrue();
        assertThat(record.path("phone").isMissingNode() || record.path("phone").isNull()).isTrue();
        assertThat(record.get("birthDate").asString()).as("the year stays, for ages").isEqualTo("1930-01-01");
        assertThat(record.get("joinDate").asString()).isEqualTo("1956-07-01");
        assertThat(record.get("leaveReason").asString()).isEqualTo("DECEASED");
        assertThat(record.get("hasPhoto").asBoolean()).isFalse();
        assertThat(Files.exists(Path.of("target/test-storage").resolve(photoKey))).as("the photo's file").isFalse();
        assertThat(jdbc.queryForList("SELECT id_number_enc, id_number_idx, phone_enc, phone_idx, work_unit, mobile_city"
                + " FROM member WHERE id = ?", died).get(0).values()).containsOnlyNulls();
        List<Map<String, Object>> history = jdbc.queryForList("SELECT field, old_value, new_value FROM member_change"
                + " WHERE member_id = ?", died);
        assertThat(history).filteredOn(h -> h.get("field").equals("mobileCity")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.get("old_value") == null && h.get("new_value") == null).isTrue());
        assertThat(history).filteredOn(h -> h.get("field").equals("leaveReason"))
                .extracting(h -> h.get("new_value")).containsExactly("DECEASED");
        assertThat(outboxCount(MemberAnonymised.TYPE, died)).as("the copies are told").isEqualTo(1);

        assertThat(ok(get(cityAdmin, "/api/members/" + leftRecently)).get("name").asString())
                .as("left nine years ago").isEqualTo("孙明");
        assertThat(ok(get(cityAdmin, "/api/members/" + active)).get("name").asString()).isEqualTo("李红");
    }

    @Test
    void anAnonymisedRecordIsDoneOnceAndNobodyWritesThePersonBackIntoIt() throws IOException {
        long expelled = register(new NewMember(branchA, "周某").born(LocalDate.of(1950, 3, 3))
                .joined(LocalDate.of(1980, 7, 1)));
        act(expelled, "leaving", Map.of("reason", "EXPELLED", "date", today().minusYears(12).toString()));
        JsonNode due = kind(ok(get(cityAdmin, "/api/members/retention")));
        assertThat(due.get("period").asString()).isEqualTo("P10Y");
        assertThat(due.get("due").asLong()).isPositive();

        retention.runAll();
        retention.runAll();

        assertThat(outboxCount(MemberAnonymised.TYPE, expelled)).isEqualTo(1);
        assertThat(kind(ok(get(cityAdmin, "/api/members/retention"))).get("due").asLong()).isZero();
        MvcTestResult rename = patch(cityAdmin, "/api/members/" + expelled, withVersion(expelled, Map.of("name", "周某某")));
        assertThat(rename).hasStatus(409);
        assertThat(body(rename).get("code").asString()).isEqualTo("MEMBER_ANONYMISED");
        assertThat(uploadPhoto(expelled)).hasStatus(409);
    }

    private static JsonNode kind(JsonNode kinds) {
        for (JsonNode k : kinds) {
            if (FormerMembers.KIND.equals(k.get("kind").asString())) {
                return k;
            }
        }
        throw new AssertionError("no " + FormerMembers.KIND + " in " + kinds);
    }

    private MvcTestResult uploadPhoto(long id) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        return mvc.post().uri("/api/members/" + id + "/photo").multipart().file("file", png.toByteArray())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + cityAdmin).exchange();
    }
}
