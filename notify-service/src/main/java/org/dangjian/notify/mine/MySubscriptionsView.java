package org.dangjian.notify.mine;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dangjian.notify.template.MessageKind;

/** The notices a member may get as WeChat subscribe messages, and how many of each they allowed. */
@Schema(name = "MySubscriptions", description = "可订阅的微信消息及本人已允许的条数。The WeChat notices the member may subscribe to.")
public record MySubscriptionsView(
        @Schema(description = "本平台是否发送微信订阅消息。Whether this platform sends WeChat subscribe messages at all.") boolean wechat,
        @Schema(description = "可订阅的消息种类（城市管理员已配置微信模板的）。The kinds whose WeChat template the city set.")
        List<Kind> kinds) {

    @Schema(name = "MySubscriptionKind", description = "一种可订阅的消息。One kind of notice the member may subscribe to.")
    public record Kind(MessageKind kind,
                       @Schema(description = "种类名称。The kind by name.", example = "政治生日祝福") String kindName,
                       @Schema(description = "微信订阅消息模板编号，交给 wx.requestSubscribeMessage。The WeChat template id, for wx.requestSubscribeMessage.",
                               example = "tpl-birthday") String templateId,
                       @Schema(description = "还可收到的条数：每次允许加一条，每发一条减一条。Messages still allowed: each allow adds one, each sent takes one.",
                               example = "1") int allowed) {
    }
}
