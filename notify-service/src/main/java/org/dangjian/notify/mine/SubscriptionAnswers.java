package org.dangjian.notify.mine;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What wx.requestSubscribeMessage answered for each template the mini-program asked about. */
@Schema(name = "SubscriptionAnswers", description = "wx.requestSubscribeMessage 对每个模板的答复。What WeChat answered for each template.")
public record SubscriptionAnswers(
        @Schema(description = "各模板的答复。One answer per template.") @NotEmpty @Size(max = 20) List<@Valid Answer> answers) {

    @Schema(name = "SubscriptionAnswer")
    public record Answer(
            @Schema(description = "模板编号。The template id.", example = "tpl-birthday") @NotBlank @Size(max = 128) String templateId,
            @Schema(description = "微信的答复（accept、reject、ban、filter，大写）。WeChat's answer, in capitals.") @NotNull Result result) {
    }

    /** WeChat's answers: the member allowed, refused, or WeChat itself blocked the template. */
    @Schema(name = "SubscriptionResult", description = "ACCEPT: 允许; REJECT: 拒绝; BAN: 模板已被封禁; FILTER: 模板被过滤")
    public enum Result {
        ACCEPT("允许"),
        REJECT("拒绝"),
        BAN("模板已被封禁"),
        FILTER("模板被过滤");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
