package org.dangjian.org.encryption;

import java.util.List;
import org.dangjian.kit.privacy.reencryption.EncryptedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns org-service keeps encrypted (crypto-kit), which a re-encryption moves to the active key. */
@Configuration
class EncryptedColumns {

    @Bean
    EncryptedTable accountColumns() {
        return new EncryptedTable("account", "id", List.of("phone_enc", "totp_secret_enc"));
    }

    @Bean
    EncryptedTable orgUnitColumns() {
        return new EncryptedTable("org_unit", "id", List.of("phone_enc"));
    }

    /** The token-signing key's private half, keyed by its key id. */
    @Bean
    EncryptedTable signingKeyColumns() {
        return EncryptedTable.textKeyed("signing_key", "kid", List.of("private_jwk"));
    }
}
