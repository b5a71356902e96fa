package org.dangjian.notify.mine;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.notify.directory.Recipient;
import org.dangjian.notify.directory.WechatConsents;
import org.dangjian.notify.message.Channel;
import org.dangjian.notify.message.MessageStatus;
import org.dangjian.notify.template.MessageKind;
import org.dangjian.notify.template.Template;
import org.dangjian.notify.template.Templates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own notices in the mini-program: the kinds they may subscribe to on WeChat with what they allowed, their
 * answers to WeChat's subscribe dialog, and the messages sent to them (as a member, and to their account: codes).
 * Read by the caller's own recipient keys, never anyone else's.
 */
@Service
class MyNotices {
    static final String UNKNOWN_TEMPLATE = "NOTIFY_UNKNOWN_WECHAT_TEMPLATE";
    static final String MEMBERS_ONLY = "NOTIFY_MEMBERS_ONLY";
    private final JdbcClient jdbc;
    private final Templates templates;
    private final WechatConsents consents;
    private final boolean wechat;

    MyNotices(JdbcClient jdbc, Templates templates, WechatConsents consents,
              @Value("${dj.notify.wechat.enabled:false}") boolean wechat) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.consents = consents;
        this.wechat = wechat;
    }

    MySubscriptionsView subscriptions(CurrentUser caller) {
        if (caller.memberId() == null) {
            return new MySubscriptionsView(wechat, List.of());
        }
        Map<MessageKind, Integer> allowed = consents.of(caller.memberId());
        return new MySubscriptionsView(wechat, subscribable().stream()
                .map(t -> new MySubscriptionsView.Kind(t.kind(), t.kind().label(), t.wechatTemplateId(),
                        allowed.getOrDefault(t.kind(), 0)))
                .toList());
    }

    /** Records WeChat's answers; a template id of no subscribable kind is refused naming its place in the list. */
    @Transactional
    void answer(SubscriptionAnswers answers, CurrentUser caller) {
        if (caller.memberId() == null) {
            throw ApiException.forbidden(MEMBERS_ONLY);
        }
        List<Template> kinds = subscribable();
        List<MessageKind> accepted = new ArrayList<>();
        List<MessageKind> refused = new ArrayList<>();
        for (int i = 0; i < answers.answers().size(); i++) {
            SubscriptionAnswers.Answer a = answers.answers().get(i);
            MessageKind kind = kinds.stream().filter(t -> t.wechatTemplateId().equals(a.templateId())).map(Template::kind)
                    .findFirst().orElse(null);
            if (kind == null) {
                throw ApiException.invalidField("answers[" + i + "].templateId", UNKNOWN_TEMPLATE, a.templateId());
            }
            (a.result() == SubscriptionAnswers.Result.ACCEPT ? accepted : refused).add(kind);
        }
        consents.answer(caller.memberId(), accepted, refused);
    }

    PageResult<MyMessageView> messages(CurrentUser caller, PageQuery page) {
        Collection<String> keys = caller.memberId() == null ? List.of(Recipient.account(caller.accountId()))
                : List.of(Recipient.member(caller.memberId()), Recipient.account(caller.accountId()));
        long total = jdbc.sql("SELECT COUNT(*) FROM message WHERE recipient_key IN (:keys)").param("keys", keys)
                .query(Long.class).single();
        List<MyMessageView> items = jdbc.sql("SELECT id, kind, channel, text, status, created_at, sent_at FROM message"
                        + " WHERE recipient_key IN (:keys) ORDER BY created_at DESC, id DESC LIMIT :size OFFSET :offset")
                .param("keys", keys).param("size", page.size()).param("offset", page.offset())
                .query((rs, i) -> {
                    MessageKind kind = MessageKind.valueOf(rs.getString(2));
                    Channel channel = Channel.valueOf(rs.getString(3));
                    MessageStatus status = MessageStatus.valueOf(rs.getString(5)).shown();
                    Timestamp sent = rs.getTimestamp(7);
                    return new MyMessageView(rs.getLong(1), kind, kind.label(), channel, channel.label(), rs.getString(4),
                            status, status.label(), rs.getTimestamp(6).toInstant(), sent == null ? null : sent.toInstant());
                }).list();
        return PageResult.of(items, total, page);
    }

    /** The kinds whose template has a WeChat one, when this platform sends WeChat messages. */
    private List<Template> subscribable() {
        if (!wechat) {
            return List.of();
        }
        return templates.all().stream().filter(Template::wechat).filter(t -> Objects.nonNull(t.wechatTemplateId())).toList();
    }
}
