package org.dangjian.recruitment.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Steps the catalogue proves by a photo or a document are recorded only with it attached; files are typed from
 * their bytes, uploaded by whoever records the step, read within the case's scope only.
 */
class EvidenceTest extends EvidenceApiTest {

    @Test
    void aPhotoStepWithoutAPhotoIsRefused() {
        LocalDate applied = today().minusYears(2);
        long id = open(applied);
        doneUpTo(id, "N19", today().minusMonths(1));

        MvcTestResult bare = recordStep(branchAAdmin, id, "N20", today());
        assertThat(bare.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(bare).get("code").asString()).isEqualTo("RECRUITMENT_EVIDENCE_MISSING");
        assertThat(body(bare).get("detail").asString()).isEqualTo("步骤N20须上传照片");

        ok(upload(branchAAdmin, id, "N20", "誓词.pdf", pdf()));
        assertThat(recordStep(branchAAdmin, id, "N20", today()).getResponse().getStatus())
                .as("a PDF is not a photo").isEqualTo(409);

        ok(upload(branchAAdmin, id, "N20", "入党宣誓.jpg", photo()));
        assertThat(recordStep(branchAAdmin, id, "N20", today()).getResponse().getStatus()).isEqualTo(201);
        JsonNode oath = stepOf(caseView(branchAAdmin, id), "N20");
        assertThat(oath.get("attachments").findValuesAsString("contentType")).containsExactly("application/pdf", "image/jpeg");
        assertThat(oath.get("attachments").findValuesAsString("fileName")).containsExactly("誓词.pdf", "入党宣誓.jpg");
        assertThat(oath.get("evidenceMissing").asBoolean()).isFalse();
    }

    @Test
    void aDocumentStepTakesAPdfOrAPhotoOfThePaper() {
        long withPdf = open(today().minusYears(2));
        doneUpTo(withPdf, "N09", today().minusMonths(1));
        MvcTestResult bare = recordStep(branchAAdmin, withPdf, "N10", today());
        assertThat(body(bare).get("code").asString()).isEqualTo("RECRUITMENT_EVIDENCE_MISSING");
        assertThat(body(bare).get("detail").asString()).contains("N10").contains("PDF");
        ok(upload(branchAAdmin, withPdf, "N10", "入党志愿书.pdf", pdf()));
        assertThat(recordStep(branchAAdmin, withPdf, "N10", today()).getResponse().getStatus()).isEqualTo(201);

        long withPhoto = open(today().minusYears(2));
        doneUpTo(withPhoto, "N09", today().minusMonths(1));
        ok(upload(branchAAdmin, withPhoto, "N10", "志愿书拍照.jpg", photo()));
        assertThat(recordStep(branchAAdmin, withPhoto, "N10", today()).getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void aRefusalNamesTheMissingEvidenceInEnglishToo() {
        long id = open(today().minusYears(2));
        doneUpTo(id, "N19", today().minusMonths(1));

        MvcTestResult r = mvc.post().uri(step(id, "N20")).header("Authorization", "Bearer " + branchAAdmin)
                .header("Accept-Language", "en").contentType("application/json")
                .content(json.writeValueAsString(Map.of("date", today().toString()))).exchange();

        assertThat(body(r).get("detail").asString()).isEqualTo("Step N20 needs a photo attached first");
    }

    @Test
    void aRenamedScriptIsNotAPhoto() {
        long id = open(today().minusMonths(1));

        MvcTestResult r = upload(branchAAdmin, id, "N02", "谈话记录.jpg",
                "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8));

        assertThat(r.getResponse().getStatus()).isEqualTo(415);
        assertThat(body(r).get("code").asString()).isEqualTo("UPLOAD_NOT_A_PHOTO_OR_PDF");
        assertThat(caseView(branchAAdmin, id).get("next").get("attachments")).isEmpty();
    }

    @Test
    void theApplicationRecordedAtOpeningShowsItsEvidenceMissingUntilAdded() {
        long id = open(today().minusMonths(1));
        assertThat(stepOf(caseView(branchAAdmin, id), "N01").get("evidenceMissing").asBoolean()).isTrue();

        ok(upload(branchAAdmin, id, "N01", "入党申请书.pdf", pdf()));

        JsonNode application = stepOf(caseView(town1Admin, id), "N01");
        assertThat(application.get("evidenceMissing").asBoolean()).isFalse();
        assertThat(application.get("attachments").get(0).get("size").asLong()).isEqualTo(pdf().length);
        assertThat(application.get("attachments").get(0).get("uploadedAt").isNull()).isFalse();
    }

    @Test
    void evidenceGoesToARecordedStepOrTheNextOne() {
        long id = open(today().minusMonths(1));

        MvcTestResult ahead = upload(branchAAdmin, id, "N03", "推荐表.pdf", pdf());
        assertThat(ahead.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(ahead).get("code").asString()).isEqualTo("RECRUITMENT_ATTACHMENT_STEP_NOT_REACHED");

        ok(upload(branchAAdmin, id, "N02", "谈话记录.pdf", pdf()));
        JsonNode next = caseView(branchAAdmin, id).get("next");
        assertThat(next.get("code").asString()).isEqualTo("N02");
        assertThat(next.get("attachments").findValuesAsString("fileName")).containsExactly("谈话记录.pdf");
    }

    @Test
    void onlyWhoRecordsTheStepUploadsItsEvidence() {
        long id = open(today().minusYears(1));
        doneUpTo(id, "N03", today().minusMonths(1));

        MvcTestResult byTheBranch = upload(branchAAdmin, id, "N04", "备案.pdf", pdf());
        assertThat(byTheBranch.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(byTheBranch).get("detail").asString()).contains("上级党委");
        assertThat(upload(town1Admin, id, "N04", "备案.pdf", pdf()).getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void anAttachmentOutsideTheCallersScopeIsNotFound() {
        long id = open(today().minusMonths(1));
        JsonNode a = ok(upload(branchAAdmin, id, "N01", "入党申请书.pdf", pdf()));
        String url = a.get("url").asString();
        assertThat(url).isEqualTo(CASES + "/" + id + "/attachments/" + a.get("id").asString());

        MvcTestResult mine = get(branchAAdmin, url);
        assertThat(mine.getResponse().getStatus()).isEqualTo(200);
        assertThat(mine.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(mine.getResponse().getContentAsByteArray()).isEqualTo(pdf());
        assertThat(mine.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains("UTF-8''%E5%85%A5%E5%85%9A");
        assertThat(get(town1Admin, url).getResponse().getStatus()).as("the town above").isEqualTo(200);

        assertThat(get(branchBAdmin, url).getResponse().getStatus()).isEqualTo(404);
        assertThat(get(town2Admin, url).getResponse().getStatus()).isEqualTo(404);
        assertThat(upload(branchBAdmin, id, "N01", "x.pdf", pdf()).getResponse().getStatus()).isEqualTo(404);
        long another = open(today().minusMonths(1));
        assertThat(get(branchAAdmin, CASES + "/" + another + "/attachments/" + a.get("id").asString())
                .getResponse().getStatus()).as("a file of another case").isEqualTo(404);
    }
}
