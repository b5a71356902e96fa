package org.dangjian.notify.encryption;

import java.util.List;
import org.dangjian.kit.privacy.reencryption.EncryptedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns notify-service keeps encrypted (crypto-kit), which a re-encryption moves to the active key. */
@Configuration
class EncryptedColumns {

    @Bean
    EncryptedTable memberContactColumns() {
        return new EncryptedTable("member_contact", "member_id", List.of("phone_enc"));
    }

    @Bean
    EncryptedTable adminContactColumns() {
        return new EncryptedTable("admin_contact", "account_id", List.of("phone_enc"));
    }

    @Bean
    EncryptedTable messageColumns() {
        return new EncryptedTable("message", "id", List.of("phone_enc", "vars_enc"));
    }
}
