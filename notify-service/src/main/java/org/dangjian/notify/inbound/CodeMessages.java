package org.dangjian.notify.inbound;

import java.util.Map;
import org.dangjian.contracts.auth.AuthLoginCodeRequested;
import org.dangjian.contracts.member.MemberPhoneCodeRequested;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.notify.directory.Contacts;
import org.dangjian.notify.directory.Recipient;
import org.dangjian.notify.message.MessageQueue;
import org.dangjian.notify.message.Outgoing;
import org.dangjian.notify.template.MessageKind;
import org.springframework.stereotype.Component;

/**
 * One-time codes: a login code to the account's phone, a phone-change code to the member's NEW phone.
 * Both are urgent (never held) and carry their expiry, past which they are not sent at all. Phone and code
 * arrive sealed; the code is kept only encrypted, and the message text shows it masked.
 */
@Component
class CodeMessages {
    private final MessageQueue queue;
    private final Contacts contacts;
    private final FieldCipher cipher;
    private final EventSeal seal;

    CodeMessages(MessageQueue queue, Contacts contacts, FieldCipher cipher, EventSeal seal) {
        this.queue = queue;
        this.contacts = contacts;
        this.cipher = cipher;
        this.seal = seal;
    }

    void loginCode(String eventId, AuthLoginCodeRequested e) {
        String phone = seal.open(e.phone());
        Recipient to = new Recipient(Recipient.account(e.accountId()), null, cipher.encrypt(phone),
                Masking.phone(phone), null);
        queue.enqueue(eventId, new Outgoing(MessageKind.LOGIN_CODE, to, Map.of("code", seal.open(e.code())),
                e.expiresAt()));
    }

    void phoneCode(String eventId, MemberPhoneCodeRequested e) {
        String orgPath = contacts.member(e.memberId()).map(Recipient::orgPath).orElse(null);
        String phone = seal.open(e.phone());
        Recipient to = new Recipient(Recipient.member(e.memberId()), null, cipher.encrypt(phone),
                Masking.phone(phone), orgPath);
        queue.enqueue(eventId, new Outgoing(MessageKind.PHONE_CODE, to, Map.of("code", seal.open(e.code())),
                e.expiresAt()));
    }
}
