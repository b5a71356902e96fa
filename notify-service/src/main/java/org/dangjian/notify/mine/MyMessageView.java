package org.dangjian.notify.mine;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.dangjian.notify.message.Channel;
import org.dangjian.notify.message.MessageStatus;
import org.dangjian.notify.template.MessageKind;

/** A message the member was sent, as they read it (codes masked). */
@Schema(name = "MyMessage", description = "发给本人的一条消息（验证码已打码）。A message sent to the member, codes masked.")
public record MyMessageView(long id, MessageKind kind,
                            @Schema(description = "种类名称。The kind by name.", example = "会议通知") String kindName,
                            Channel channel,
                            @Schema(description = "渠道名称。The channel by name.", example = "短信") String channelName,
                            @Schema(description = "消息文字。The text.") String text,
                            MessageStatus status,
                            @Schema(description = "状态名称。The status by name.", example = "已发送") String statusName,
                            Instant createdAt,
                            @Schema(description = "发出时间。When it went.") Instant sentAt) {
}
