package org.dangjian.member.record;

import org.dangjian.kit.crypto.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * Decrypts a record's ID and phone numbers, for the few places that need them in clear: re-checking a
 * changed record, events that carry the phone, and the audited unmask. Never for responses otherwise.
 */
@Component
public class ClearNumbers {
    private final FieldCipher cipher;

    public ClearNumbers(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** Null once the record was anonymised (a former member past the retention period). */
    public String idNumber(Member m) {
        return m.getIdNumberEnc() == null ? null : cipher.decrypt(m.getIdNumberEnc());
    }

    /** Null when the member has no phone. */
    public String phone(Member m) {
        return m.getPhoneEnc() == null ? null : cipher.decrypt(m.getPhoneEnc());
    }
}
