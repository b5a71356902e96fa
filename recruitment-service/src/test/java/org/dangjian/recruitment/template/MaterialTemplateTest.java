package org.dangjian.recruitment.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.recruitment.attachment.EvidenceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class MaterialTemplateTest extends EvidenceApiTest {
    private static final String TEMPLATES = "/api/recruitment/templates";
    @Autowired
    ObjectStore store;

    @Test
    void aTemplateTheCityUploadsIsListedAndDownloadedByABranch() throws IOException {
        byte[] word = docx("入党申请书");
        JsonNode uploaded = ok(upload(cityAdmin, "入党申请书（参考格式）", "入党申请书参考格式.docx", word));
        assertThat(uploaded.get("available").asBoolean()).isTrue();
        assertThat(uploaded.get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        JsonNode listed = entry(ok(get(branchAAdmin, TEMPLATES)), "入党申请书（参考格式）");
        assertThat(listed.get("available").asBoolean()).isTrue();
        assertThat(listed.get("steps").get(0).get("code").asString()).isEqualTo("N01");
        assertThat(listed.get("fileName").asString()).isEqualTo("入党申请书参考格式.docx");

        assertThat(listed.get("url").asString()).isEqualTo("/api/recruitment/templates/"
                + "%E5%85%A5%E5%85%9A%E7%94%B3%E8%AF%B7%E4%B9%A6%EF%BC%88%E5%8F%82%E8%80%83%E6%A0%BC%E5%BC%8F%EF%BC%89/file");
        MvcTestResult file = get(branchAAdmin, file("入党申请书（参考格式）"));
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(word);
        assertThat(file.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment")
                .contains("filename*=UTF-8''%E5%85%A5%E5%85%9A");
    }

    @Test
    void aNewUploadReplacesTheFileAndTheOldOneIsRemoved() {
        String name = "政治审查报告（样式）";
        ok(upload(cityAdmin, name, "政审报告.pdf", pdf()));
        String first = jdbc.queryForObject("SELECT object_key FROM material_template WHERE name = ?", String.class, name);
        byte[] photoOfPaper = pdf();
        photoOfPaper[photoOfPaper.length - 2] = ' ';
        ok(upload(cityAdmin, name, "政审报告（2026修订）.pdf", photoOfPaper));

        assertThat(store.get(first)).isEmpty();
        MvcTestResult file = get(branchAAdmin, file(name));
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(photoOfPaper);
    }

    @Test
    void onlyTheCityAdministratorUploadsTemplates() {
        assertThat(upload(branchAAdmin, "发展对象公示（样式）", "公示.pdf", pdf())).hasStatus(403);
        assertThat(upload(town1Admin, "发展对象公示（样式）", "公示.pdf", pdf())).hasStatus(403);
    }

    @Test
    void aTemplateNoCatalogueNamesIsNotFoundAndOneNotUploadedSaysSo() {
        assertThat(code(upload(cityAdmin, "随便什么模板", "a.pdf", pdf()))).isEqualTo("RECRUITMENT_TEMPLATE_NOT_FOUND");
        MvcTestResult missing = get(branchAAdmin, file("入党志愿书填写说明"));
        assertThat(missing).hasStatus(404);
        assertThat(code(missing)).isEqualTo("RECRUITMENT_TEMPLATE_NOT_UPLOADED");
        assertThat(entry(ok(get(branchAAdmin, TEMPLATES)), "入党志愿书填写说明").get("available").asBoolean()).isFalse();
    }

    @Test
    void aScriptNamedDocxIsNotATemplate() {
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
        MvcTestResult refused = upload(cityAdmin, "入党积极分子登记表", "登记表.docx", script);
        assertThat(refused).hasStatus(415);
        assertThat(code(refused)).isEqualTo("UPLOAD_NOT_A_DOCUMENT");
    }

    private MvcTestResult upload(String token, String name, String fileName, byte[] bytes) {
        return mvc.put().uri(file(name)).multipart()
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    /** The file's path as a client writes it before encoding (MockMvc encodes it as a browser would). */
    private static String file(String name) {
        return TEMPLATES + "/" + name + "/file";
    }

    private String code(MvcTestResult result) {
        return body(result).get("code").asString();
    }

    private static JsonNode entry(JsonNode list, String name) {
        for (JsonNode t : list) {
            if (t.get("name").asString().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no template " + name + " in " + list);
    }

    /** A Word file as Word writes it: a zip whose first part is [Content_Types].xml. */
    private static byte[] docx(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                    + "<w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
