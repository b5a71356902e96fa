package org.dangjian.transfer.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.outOfCity;

import java.net.URI;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The letter of an approved transfer as a PDF, and the check its QR code leads to. */
class LetterApiTest extends TreeApiTest {

    @Test
    void the_letter_is_issued_on_the_last_approval_and_prints_the_member_and_its_number() throws Exception {
        long m = member(branchA, "陈志明");
        long id = registerOutOfCity(m);
        post(town1Admin, "/api/transfers/" + id + "/approve", Map.of());
        MvcTestResult early = get(branchAAdmin, "/api/transfers/" + id + "/letter.pdf");
        assertThat(early.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(early).get("code").asString()).isEqualTo("TRANSFER_LETTER_NOT_ISSUED");

        JsonNode approved = body(post(cityAdmin, "/api/transfers/" + id + "/approve", Map.of()));
        String number = approved.get("letter").get("number").asString();
        assertThat(number).matches("KS\\d{4}-\\d{6}");
        String text = pdfText(id);
        assertThat(text).contains("陈志明", number, "城北社区党支部", "中共上海市浦东新区张江镇委员会");
    }

    @Test
    void theLetterIsIssuedInTheNameOfTheApprovingCommitteeNotTheBranch() throws Exception {
        long id = registerOutOfCity(member(branchA, "程远"));
        post(town1Admin, "/api/transfers/" + id + "/approve", Map.of());
        JsonNode approved = body(post(cityAdmin, "/api/transfers/" + id + "/approve", Map.of()));

        // the chain's last level approves the transfer, so the letter is issued and stamped in its name
        assertThat(approved.get("letter").get("issuedBy").asString()).isEqualTo("中共昆山市委");
        String text = pdfText(id).replaceAll("\\s+", "");
        assertThat(text).contains("中共昆山市委（盖章）", "中共昆山市委：程远同志的党员组织关系已转达我处")
                .doesNotContain("城北社区党支部（盖章）");
    }

    @Test
    void anyone_holding_the_letter_can_check_it_but_not_guess_numbers() throws Exception {
        long m = member(branchA, "林晓东");
        long id = registerOutOfCity(m);
        post(town1Admin, "/api/transfers/" + id + "/approve", Map.of());
        JsonNode approved = body(post(cityAdmin, "/api/transfers/" + id + "/approve", Map.of()));
        String number = approved.get("letter").get("number").asString();
        String code = jdbc.queryForObject("SELECT letter_code FROM transfer WHERE id = ?", String.class, id);

        // the letter's QR code leads people to the portal's public page, which asks the verification below
        assertThat(QrOnLetter.read(get(branchAAdmin, "/api/transfers/" + id + "/letter.pdf").getResponse().getContentAsByteArray()))
                .endsWith("/letters/" + number + "?code=" + code).doesNotContain("/api/");

        MvcTestResult check = mvc.get().uri(URI.create("/api/transfers/letters/" + number + "/verification?code=" + code))
                .exchange();
        assertThat(check.getResponse().getStatus()).isEqualTo(200);
        JsonNode verified = body(check);
        assertThat(verified.get("memberName").asString()).isEqualTo("林*东");
        assertThat(verified.get("acceptable").asBoolean()).isTrue();

        MvcTestResult guessed = mvc.get().uri(URI.create("/api/transfers/letters/" + number + "/verification?code=AAAAAAAAAAAA"))
                .exchange();
        assertThat(guessed.getResponse().getStatus()).isEqualTo(404);

        // out of the city the receipt comes back to the sending side, which confirms it
        post(branchAAdmin, "/api/transfers/" + id + "/arrive", Map.of());
        assertThat(body(mvc.get().uri(URI.create("/api/transfers/letters/" + number + "/verification?code=" + code))
                .exchange()).get("acceptable").asBoolean()).as("a used letter is no longer accepted").isFalse();
    }

    @Test
    void names_are_masked_keeping_first_and_last_character() {
        assertThat(Letters.masked("张建国")).isEqualTo("张*国");
        assertThat(Letters.masked("李华")).isEqualTo("李*");
        assertThat(Letters.masked("欧阳娜娜")).isEqualTo("欧**娜");
    }

    /** A member of {@code branch}, announced as member-service announces one, once this service's roster has them. */
    private long member(long branch, String name) {
        return known(jdbc, announceMember(branch, name));
    }

    /** Registers a transfer of {@code member} out of the city as the sending branch; town 1 and the city approve. */
    private long registerOutOfCity(long member) {
        return ok(post(branchAAdmin, "/api/transfers", outOfCity(member, today()))).get("id").asLong();
    }

    private String pdfText(long id) throws Exception {
        MvcTestResult pdf = get(branchAAdmin, "/api/transfers/" + id + "/letter.pdf");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
