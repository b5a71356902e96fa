package org.dangjian.notify.inbound;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.auth.AuthLoginCodeRequested;
import org.dangjian.contracts.member.MemberPhoneCodeRequested;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.notify.directory.Contacts;
import org.dangjian.notify.directory.Recipient;
import org.dangjian.notify.message.MessageQueue;
import org.dangjian.notify.message.Outgoing;
import org.dangjian.notify.template.MessageKind;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One-time codes: a login code to the account's phone, a phone-change code to the member's NEW phone.
 * Both are urgent (never held) and carry their expiry, past which they are not sent at all. The code is
 * kept only encrypted, and the message text shows it masked.
 */
@Component
class CodeMessages {
    private static final String LOGIN = "notify-service.login-codes";
    private static final String PHONE = "notify-service.phone-codes";
    private final EventInbox inbox;
    private final MessageQueue queue;
    private final Contacts contacts;
    private final FieldCipher cipher;

    CodeMessages(EventInbox inbox, MessageQueue queue, Contacts contacts, FieldCipher cipher) {
        this.inbox = inbox;
        this.queue = queue;
        this.contacts = contacts;
        this.cipher = cipher;
    }

    @KafkaListener(topics = Topics.AUTH, groupId = LOGIN, concurrency = "${dj.notify.listener-concurrency:3}")
    void onAuth(ConsumerRecord<String, String> record) {
        inbox.receive(LOGIN, record, event -> {
            if (event.is(AuthLoginCodeRequested.TYPE)) {
                AuthLoginCodeRequested e = event.as(AuthLoginCodeRequested.class);
                Recipient to = new Recipient(Recipient.account(e.accountId()), null, cipher.encrypt(e.phone()),
                        Masking.phone(e.phone()), null);
                queue.enqueue(event.id(), new Outgoing(MessageKind.LOGIN_CODE, to, Map.of("code", e.code()), e.expiresAt()));
            }
        });
    }

    @KafkaListener(topics = Topics.MEMBER, groupId = PHONE, concurrency = "${dj.notify.listener-concurrency:3}")
    void onMember(ConsumerRecord<String, String> record) {
        inbox.receive(PHONE, record, event -> {
            if (event.is(MemberPhoneCodeRequested.TYPE)) {
                MemberPhoneCodeRequested e = event.as(MemberPhoneCodeRequested.class);
                String orgPath = contacts.member(e.memberId()).map(Recipient::orgPath).orElse(null);
                Recipient to = new Recipient(Recipient.member(e.memberId()), null, cipher.encrypt(e.phone()),
                        Masking.phone(e.phone()), orgPath);
                queue.enqueue(event.id(), new Outgoing(MessageKind.PHONE_CODE, to, Map.of("code", e.code()), e.expiresAt()));
            }
        });
    }
}
