package org.dangjian.recruitment.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * What the evidence and change tests share: opening a case as a branch would, recording steps, uploading files,
 * and putting a case part-way through the catalogue (the steps before it written as an import would, because the
 * kinds of step they ask for (votes, exams, people) are recorded by other features).
 */
@TestPropertySource(properties = "dj.storage.local-root=target/test-storage")
public abstract class EvidenceApiTest extends TreeApiTest {
    protected static final String CASES = "/api/recruitment/cases";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(500));
    @Autowired
    private Catalogues catalogues;

    protected long open(LocalDate applied) {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
        Map<String, Object> a = new HashMap<>();
        a.put("name", "陈佳");
        a.put("gender", "1");
        a.put("idNumber", ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, born, true, SEQUENCE.getAndIncrement() % 500));
        a.put("phone", "13812345678");
        a.put("education", "21");
        a.put("ethnicity", "01");
        a.put("applicationDate", applied.toString());
        a.put("orgId", branchA);
        return ok(post(branchAAdmin, CASES, a)).get("id").asLong();
    }

    protected JsonNode record(String token, long id, String code, LocalDate date, Map<String, Object> fields) {
        return ok(post(token, step(id, code), Map.of("date", date.toString(), "fields", fields)));
    }

    protected MvcTestResult recordStep(String token, long id, String code, LocalDate date) {
        return post(token, step(id, code), Map.of("date", date.toString()));
    }

    /** Steps N02 up to {@code last} written as done on {@code on}, as an import of a case part-way would. */
    protected void doneUpTo(long id, String last, LocalDate on) {
        Catalogue national = catalogues.version(1);
        for (int at = 1; at <= national.position(last); at++) {
            jdbc.update("INSERT INTO case_step (case_id, step_code, position, org_path, done_on, recorded_by, recorded_at)"
                            + " VALUES (?, ?, ?, ?, ?, 1, ?)", id, national.steps().get(at).code(), at, pathOf(branchA),
                    on, Timestamp.from(clock.instant()));
        }
    }

    protected MvcTestResult upload(String token, long id, String code, String fileName, byte[] bytes) {
        return mvc.post().uri(step(id, code) + "/attachments").multipart()
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    protected JsonNode caseView(String token, long id) {
        return ok(get(token, CASES + "/" + id));
    }

    protected static JsonNode stepOf(JsonNode caseView, String code) {
        for (JsonNode s : caseView.get("steps")) {
            if (s.get("code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("step " + code + " not recorded");
    }

    protected static String step(long id, String code) {
        return CASES + "/" + id + "/steps/" + code;
    }

    protected static byte[] photo() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF as a scanner would start it. */
    protected static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
