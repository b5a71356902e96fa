package org.dangjian.kit.crypto;

/**
 * Seals the personal data and one-time codes that travel in event payloads (phones, ID numbers, WeChat open
 * ids, login and phone-change codes) with the platform's field keys, so that outbox tables and Kafka topics,
 * which keep events for days, hold nothing usable: only services that hold the keys can open them. The
 * sealed form is the stored form of {@link FieldCipher} ({@code keyId:base64}); none of the values sealed
 * here ever contains a colon, which is how {@link #open} tells a value written before sealing existed (in
 * clear, still in Kafka at the upgrade) from a sealed one.
 */
public final class EventSeal {
    private final FieldCipher cipher;

    public EventSeal(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The value as it may travel; null stays null. */
    public String seal(String clear) {
        return clear == null ? null : cipher.encrypt(clear);
    }

    /** The clear value of a field that travelled sealed, or in clear in an event written before sealing. */
    public String open(String travelled) {
        if (travelled == null || travelled.indexOf(':') < 0) {
            return travelled;
        }
        return cipher.decrypt(travelled);
    }
}
