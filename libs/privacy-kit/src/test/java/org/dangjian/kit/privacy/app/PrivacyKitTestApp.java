package org.dangjian.kit.privacy.app;

import java.util.List;
import org.dangjian.kit.privacy.reencryption.EncryptedTable;
import org.dangjian.kit.privacy.reencryption.EncryptionRoutes;
import org.dangjian.kit.privacy.reencryption.Reencryption;
import org.dangjian.kit.privacy.retention.Retention;
import org.dangjian.kit.privacy.retention.RetentionRoutes;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tiny service with tables of encrypted columns ({@code person}; {@code secret}, keyed by text) the kit's routes. */
@SpringBootApplication
public class PrivacyKitTestApp {

    @Bean
    EncryptedTable people() {
        return new EncryptedTable("person", "id", List.of("phone_enc", "id_number_enc"));
    }

    @Bean
    EncryptedTable secrets() {
        return EncryptedTable.textKeyed("secret", "name", List.of("value_enc"));
    }

    @RestController
    @RequestMapping("/api/test/retention")
    static class TestRetentionController extends RetentionRoutes {
        TestRetentionController(Retention retention) {
            super(retention);
        }
    }

    @RestController
    @RequestMapping("/api/test/encryption")
    static class TestEncryptionController extends EncryptionRoutes {
        TestEncryptionController(Reencryption reencryption) {
            super(reencryption);
        }
    }
}
