package org.dangjian.cadre.privacy;

import java.util.List;
import org.dangjian.kit.privacy.reencryption.EncryptedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns cadre-service keeps encrypted (crypto-kit), which a re-encryption moves to the active key. */
@Configuration
class EncryptedColumns {

    @Bean
    EncryptedTable cadreColumns() {
        return new EncryptedTable("cadre", "id", List.of("id_number_enc", "phone_enc"));
    }
}
