package org.dangjian.org.account;

import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.crypto.Masking;
import org.springframework.stereotype.Component;

/**
 * An account's mobile phone, stored encrypted with its blind index (exact lookup for SMS login) and
 * masked form (what responses show). The plain number is never stored.
 */
@Component
public class AccountPhones {
    /** Mainland mobile numbers. */
    public static final String PATTERN = "1[3-9]\\d{9}";

    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final EventSeal seal;

    public AccountPhones(FieldCipher cipher, BlindIndex blindIndex, EventSeal seal) {
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.seal = seal;
    }

    /** Sets the three phone columns; a blank phone leaves them empty. */
    public void set(Account account, String phone) {
        if (phone == null || phone.isBlank()) {
            return;
        }
        String plain = phone.trim();
        account.setPhoneEnc(cipher.encrypt(plain));
        account.setPhoneIdx(blindIndex.of(plain));
        account.setPhoneMasked(Masking.phone(plain));
    }

    /**
     * Sets the phone that came in another service's event (sealed, or in clear from before sealing) when it
     * is a mobile number; anything else leaves the columns empty.
     */
    public void setFromEvent(Account account, String travelled) {
        String phone = seal.open(travelled);
        if (phone != null && phone.trim().matches(PATTERN)) {
            set(account, phone);
        }
    }

    public String index(String phone) {
        return blindIndex.of(phone.trim());
    }

    public String reveal(Account account) {
        return cipher.decrypt(account.getPhoneEnc());
    }
}
