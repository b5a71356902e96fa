package org.dangjian.notify.message;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.notify.directory.WechatConsents;
import org.dangjian.notify.directory.WechatContacts;
import org.dangjian.notify.template.MessageKind;
import org.dangjian.notify.template.Template;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The WeChat messages that go beside members' SMS: a member who bound the mini-program and allowed the kind gets a
 * subscribe message for a kind whose template has a WeChat one (codes never: SMS only). Each is its
 * own message (channel WECHAT) with its own status, so the unique key (event, recipient, channel)
 * still lets an event give a member one of each, however often it arrives.
 */
@Component
class WechatCopies {
    /** What the message log shows for a WeChat recipient: never the whole open id. */
    static final String RECIPIENT_PREFIX = "微信 ";
    private final WechatContacts contacts;
    private final WechatConsents consents;
    private final boolean enabled;

    WechatCopies(WechatContacts contacts, WechatConsents consents,
                 @Value("${dj.notify.wechat.enabled:false}") boolean enabled) {
        this.contacts = contacts;
        this.consents = consents;
        this.enabled = enabled;
    }

    /** A message to a member, asked for by an event. */
    record Asked(String eventId, Outgoing out, long memberId) {
    }

    /** The WeChat message for one of them, to this open id. */
    record Copy(String eventId, Outgoing out, String openId) {
    }

    /**
     * The copies for those of {@code asked} who can have one: bound to the mini-program and allowing messages of the
     * kind (WechatConsents), with one look-up of open ids and one of allowances per kind.
     */
    List<Copy> of(List<Asked> asked, Function<MessageKind, Template> templateOf) {
        if (!enabled) {
            return List.of();
        }
        List<Asked> wanted = asked.stream().filter(a -> templateOf.apply(a.out().kind()).wechat()).toList();
        Set<Long> memberIds = wanted.stream().map(Asked::memberId).collect(Collectors.toSet());
        Map<Long, String> openIds = contacts.openIdsOfMembers(memberIds);
        Map<MessageKind, Set<Long>> allowing = new EnumMap<>(MessageKind.class);
        wanted.stream().map(a -> a.out().kind()).distinct()
                .forEach(kind -> allowing.put(kind, consents.allowing(openIds.keySet(), kind)));
        List<Copy> copies = new ArrayList<>();
        for (Asked a : wanted) {
            String openId = openIds.get(a.memberId());
            if (openId != null && allowing.get(a.out().kind()).contains(a.memberId())) {
                copies.add(new Copy(a.eventId(), a.out(), openId));
            }
        }
        return copies;
    }

    /** {@code 微信 oUpF****WeS6o}-like: enough to tell two apart in the log, not enough to address one. */
    static String masked(String openId) {
        return openId.length() <= 8 ? RECIPIENT_PREFIX + "****"
                : RECIPIENT_PREFIX + openId.substring(0, 4) + "****" + openId.substring(openId.length() - 4);
    }
}
