package org.dangjian.kit.privacy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.privacy.reencryption.EncryptionStatus;
import org.dangjian.kit.privacy.reencryption.Reencryption;
import org.dangjian.kit.privacy.reencryption.TableProgress;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Moving stored values from AES to SM4 (issue 16 item 13): all of them, readable after, resumable. */
@SpringBootTest(classes = PrivacyKitTestApp.class)
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_privacy_kit_test")
class ReencryptionTest {
    private static final String CITY_ADMIN = TestTokens.cityAdmin(1L, "/1/");
    private static final String TOWN_ADMIN = TestTokens.orgAdmin(12L, 12L, "/1/12/");
    private static final String ROUTES = "/api/test/encryption";
    private static final int ROWS = 1_200;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    Reencryption reencryption;
    @Autowired
    Environment env;

    @BeforeEach
    void empty() {
        await().atMost(Duration.ofSeconds(60)).until(() -> !reencryption.running());
        jdbc.update("DELETE FROM person");
        jdbc.update("DELETE FROM secret");
        jdbc.update("DELETE FROM dj_reencryption");
    }

    @Test
    void everyValueSealedWithAesIsMovedToSm4AndReadsTheSame() throws Exception {
        List<Long> ids = insertWithAes();
        FieldCipher aes = aes();
        for (String name : List.of("kid-b", "kid-a", "kid-c")) {
            jdbc.update("INSERT INTO secret (name, value_enc) VALUES (?, ?)", name, aes.encrypt("{\"d\":\"" + name + "\"}"));
        }
        mvc.perform(get(ROUTES).header("Authorization", "Bearer " + CITY_ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value("sm4.sm"))
                .andExpect(jsonPath("$.tables[0].remaining").value(ROWS));
        mvc.perform(post(ROUTES + "/reencrypt").header("Authorization", "Bearer " + TOWN_ADMIN))
                .andExpect(status().isForbidden());

        mvc.perform(post(ROUTES + "/reencrypt").header("Authorization", "Bearer " + CITY_ADMIN))
                .andExpect(status().isAccepted());

        TableProgress done = finished();
        assertThat(done.remaining()).isZero();
        assertThat(done.moved()).isEqualTo(ROWS);
        assertThat(done.target()).isEqualTo("sm4.sm");
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, phone_enc, id_number_enc FROM person ORDER BY id");
        assertThat(rows).allSatisfy(r -> assertThat((String) r.get("phone_enc")).startsWith("sm4.sm:"));
        assertThat(cipher.decrypt((String) rows.get(7).get("phone_enc"))).isEqualTo(phone(7));
        assertThat(cipher.decrypt((String) rows.get(7).get("id_number_enc"))).isEqualTo(idNumber(7));
        assertThat(rows.get(ROWS - 1).get("id_number_enc")).as("a null stays null").isNull();
        assertThat(ids).hasSize(ROWS);
        assertThat(jdbc.queryForList("SELECT value_enc FROM secret", String.class)).as("a table keyed by text")
                .hasSize(3).allSatisfy(v -> assertThat(v).startsWith("sm4.sm:"));
    }

    @Test
    void aRunCutOffGoesOnFromItsLastBatch() throws Exception {
        List<Long> ids = insertWithAes();
        long cutAt = ids.get(499);
        // as a run that moved the first batch and then stopped (the rows it moved are what it left; here they
        // stay as they were, to show they are not read again)
        jdbc.update("INSERT INTO dj_reencryption (table_name, target, last_key, moved, started_at, updated_at)"
                + " VALUES ('person', 'sm4.sm', ?, 500, NOW(6), NOW(6))", Long.toString(cutAt));

        mvc.perform(post(ROUTES + "/reencrypt").header("Authorization", "Bearer " + CITY_ADMIN))
                .andExpect(status().isAccepted());

        TableProgress done = finished();
        assertThat(done.moved()).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id <= ? AND phone_enc LIKE 'test:%'",
                Integer.class, cutAt)).as("the batch done before is not read again").isEqualTo(500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id > ? AND phone_enc LIKE 'sm4.sm:%'",
                Integer.class, cutAt)).isEqualTo(ROWS - 500);
        assertThat(done.remaining()).as("what the status still counts, for the next run").isEqualTo(500);
    }

    private TableProgress finished() {
        EncryptionStatus[] last = new EncryptionStatus[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            last[0] = reencryption.status();
            return !last[0].running() && last[0].tables().stream().allMatch(t -> t.finishedAt() != null);
        });
        return last[0].tables().get(0);
    }

    /** Rows as a service wrote them before SM4 was selected: AES with the testkit's key. */
    private FieldCipher aes() {
        byte[] key = Base64.getDecoder().decode(env.getProperty("dj.crypto.keys.test"));
        return new FieldCipher(Map.of("test", new SecretKeySpec(key, "AES")), "test");
    }

    private List<Long> insertWithAes() {
        FieldCipher aes = aes();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[] {aes.encrypt(phone(i)), i == ROWS - 1 ? null : aes.encrypt(idNumber(i))});
        }
        jdbc.batchUpdate("INSERT INTO person (phone_enc, id_number_enc) VALUES (?, ?)", rows);
        return jdbc.queryForList("SELECT id FROM person ORDER BY id", Long.class);
    }

    private static String phone(int i) {
        return "139" + String.format("%08d", i);
    }

    private static String idNumber(int i) {
        return "32058319900101" + String.format("%04d", i);
    }
}
