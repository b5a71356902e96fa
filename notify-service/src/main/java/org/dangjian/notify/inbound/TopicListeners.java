package org.dangjian.notify.inbound;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.auth.AccountChanged;
import org.dangjian.contracts.auth.AuthLoginCodeRequested;
import org.dangjian.contracts.auth.WechatBound;
import org.dangjian.contracts.auth.WechatUnbound;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.contracts.member.MemberPhoneCodeRequested;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.contracts.member.MembersAwayListed;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.notify.digest.MembersAway;
import org.dangjian.notify.directory.Contacts;
import org.dangjian.notify.directory.WechatContacts;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One consumer per topic, each event once (the inbox): the directory and the messages of a topic see
 * its events in their order (a member's registration before their greeting), and a burst costs one
 * inbox row per event, not one per concern. Three threads, one per partition, keep each key's order.
 */
@Component
class TopicListeners {
    private static final String MEMBERS = "notify-service.members";
    private static final String AUTH = "notify-service.auth";
    private final EventInbox inbox;
    private final Contacts contacts;
    private final WechatContacts wechat;
    private final BirthdayMessages birthdays;
    private final CodeMessages codes;
    private final MembersAway away;

    TopicListeners(EventInbox inbox, Contacts contacts, WechatContacts wechat, BirthdayMessages birthdays,
                   CodeMessages codes, MembersAway away) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.wechat = wechat;
        this.birthdays = birthdays;
        this.codes = codes;
        this.away = away;
    }

    /** A whole poll at a time, one transaction: 20,000 greetings at 08:00 are a burst. */
    @KafkaListener(topics = Topics.MEMBER, groupId = MEMBERS, concurrency = "${dj.notify.listener-concurrency:3}",
            batch = "true")
    @Unscoped(ConsumerScope.MESSAGES)
    void onMember(List<ConsumerRecord<String, String>> records) {
        inbox.receiveAll(MEMBERS, records, event -> {
            if (event.is(MemberRegisteredV2.TYPE)) {
                contacts.memberRegistered(event.as(MemberRegisteredV2.class));
            } else if (event.is(MemberRegistered.TYPE)) {
                contacts.memberRegistered(MemberRegisteredV2.of(event.as(MemberRegistered.class)));
            } else if (event.is(MemberUpdated.TYPE)) {
                contacts.memberUpdated(event.as(MemberUpdated.class));
            } else if (event.is(MemberRelocated.TYPE)) {
                contacts.memberRelocated(event.as(MemberRelocated.class));
            } else if (event.is(MemberStatusChangedV2.TYPE)) {
                contacts.memberStatusChanged(event.as(MemberStatusChangedV2.class));
            } else if (event.is(MemberStatusChanged.TYPE)) {
                contacts.memberStatusChangedV1(event.as(MemberStatusChanged.class));
            } else if (event.is(MemberAnonymised.TYPE)) {
                contacts.memberAnonymised(event.as(MemberAnonymised.class));
            } else if (event.is(MemberPoliticalBirthday.TYPE)) {
                birthdays.greet(event.id(), event.as(MemberPoliticalBirthday.class));
            } else if (event.is(MemberPhoneCodeRequested.TYPE)) {
                codes.phoneCode(event.id(), event.as(MemberPhoneCodeRequested.class));
            } else if (event.is(MembersAwayListed.TYPE)) {
                away.collect(event.as(MembersAwayListed.class));
            }
        });
    }

    @KafkaListener(topics = Topics.AUTH, groupId = AUTH, concurrency = "${dj.notify.listener-concurrency:3}")
    @Unscoped(ConsumerScope.MESSAGES)
    void onAuth(ConsumerRecord<String, String> record) {
        inbox.receive(AUTH, record, event -> {
            if (event.is(AccountChanged.TYPE)) {
                contacts.accountChanged(event.as(AccountChanged.class));
            } else if (event.is(AuthLoginCodeRequested.TYPE)) {
                codes.loginCode(event.id(), event.as(AuthLoginCodeRequested.class));
            } else if (event.is(WechatBound.TYPE)) {
                wechat.bound(event.as(WechatBound.class));
            } else if (event.is(WechatUnbound.TYPE)) {
                wechat.unbound(event.as(WechatUnbound.class));
            }
        });
    }
}
