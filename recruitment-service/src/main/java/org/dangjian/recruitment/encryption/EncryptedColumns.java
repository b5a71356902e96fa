package org.dangjian.recruitment.encryption;

import java.util.List;
import org.dangjian.kit.privacy.reencryption.EncryptedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns recruitment-service keeps encrypted (crypto-kit), which a re-encryption moves to the active key. */
@Configuration
class EncryptedColumns {

    @Bean
    EncryptedTable recruitmentCaseColumns() {
        return new EncryptedTable("recruitment_case", "id", List.of("id_number_enc", "phone_enc"));
    }
}
