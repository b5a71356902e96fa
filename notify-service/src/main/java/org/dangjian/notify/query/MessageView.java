package org.dangjian.notify.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.dangjian.notify.message.Channel;
import org.dangjian.notify.message.HeldReason;
import org.dangjian.notify.message.Message;
import org.dangjian.notify.message.MessageStatus;
import org.dangjian.notify.template.MessageKind;

/** A message as administrators see it: masked recipient, the text with codes masked, where it stands. */
@Schema(description = "一条消息：收件人已打码，文字中的验证码已打码。A message: masked recipient, codes masked in the text.")
public record MessageView(long id, MessageKind kind, Channel channel,
                          @Schema(description = "收件人（打码）：短信为手机号，微信消息为 openid。The recipient, masked: the phone for SMS, the openid for WeChat.",
                                  example = "139****5678")
                          String recipient,
                          @Schema(description = "发出的文字（验证码已打码）。The text sent, codes masked.") String text,
                          MessageStatus status,
                          @Schema(description = "暂缓原因，仅 HELD 时有。Why it is held; only when HELD.") HeldReason heldReason,
                          @Schema(description = "已尝试发送的次数。Sending attempts so far.") int attempts,
                          @Schema(description = "最近一次失败的原因（服务商的说法）。The last failure, in the provider's words.")
                          String lastError,
                          Instant createdAt,
                          @Schema(description = "下一次尝试的时间（待发送时）。When the next attempt is due, while waiting.")
                          Instant nextAttemptAt,
                          @Schema(description = "服务商接受的时间。When the provider accepted it.") Instant sentAt,
                          @Schema(description = "手机收到的时间（据送达回执）。When the phone received it, by the delivery report.")
                          Instant deliveredAt,
                          @Schema(description = "发送所用的服务商，如 aliyun、tencent、log、wechat。The provider that sent it.")
                          String provider,
                          @Schema(description = "引起此消息的事件的 id。The id of the event the message answers.") String eventId) {
    static MessageView of(Message m) {
        return new MessageView(m.getId(), m.getKind(), m.getChannel(), m.getRecipientMasked(), m.getText(),
                m.getStatus().shown(), m.getHeldReason(), m.getAttempts(), m.getLastError(), m.getCreatedAt(),
                m.getNextAttemptAt(), m.getSentAt(), m.getDeliveredAt(), m.getProvider(), m.getEventId());
    }
}
