package org.dangjian.notify.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Message templates: everyone may read them; the city administrator edits them. */
@RestController
@RequestMapping("/api/notifications/templates")
@Tag(name = "消息模板", description = "各类消息的文字、短信服务商模板代码和微信订阅消息模板。"
        + "The text of each kind of message, its SMS providers' template codes and its WeChat subscribe-message template.")
class TemplateController {
    private final Templates templates;

    TemplateController(Templates templates) {
        this.templates = templates;
    }

    @Schema(description = "一类消息当前使用的模板。The template a kind of message uses now.")
    record TemplateView(MessageKind kind,
                        @Schema(description = "消息文字，${变量} 处填入数值。The text; each ${variable} is filled in.")
                        String text,
                        @Schema(description = "此类消息提供的变量，模板只能使用这些。The variables this kind provides; a template may use only these.")
                        List<String> variables,
                        @Schema(description = "验证码类消息：立即发送，不受夜间免打扰和每日条数限制，只发短信。"
                                + "A one-time code: sent at once, never held, by SMS only.")
                        boolean urgent,
                        @Schema(description = "阿里云短信模板代码。Alibaba Cloud SMS template code.") String aliyunCode,
                        @Schema(description = "腾讯云短信模板 ID。Tencent Cloud SMS template id.") String tencentCode,
                        @Schema(description = "微信订阅消息模板 ID。WeChat subscribe-message template id.") String wechatTemplateId,
                        @Schema(description = "微信模板字段与变量的对应，如 thing1=name,number2=years。"
                                + "WeChat field key to variable.") String wechatFields,
                        @Schema(description = "是否为管理员修改过的模板（否则为内置模板）。Whether an administrator set it (else built in).")
                        boolean custom) {
        static TemplateView of(Template t) {
            return new TemplateView(t.kind(), t.text(), t.kind().variables(), t.kind().urgent(), t.aliyunCode(),
                    t.tencentCode(), t.wechatTemplateId(), t.wechatFields().spec(), t.custom());
        }
    }

    /** {@code wechatFields}: WeChat key to variable, e.g. {@code thing1=name,number2=years}. */
    @Schema(description = "一类消息的完整模板，整体替换：未填的代码和微信模板被清除。"
            + "The whole template of a kind, replaced as a whole: codes and WeChat template left out are cleared.")
    record TemplateRequest(@Schema(description = "消息文字，只能使用此类消息提供的 ${变量}。"
                                   + "The text, using only the ${variables} the kind provides.",
                                   example = "${name}同志：今天是您的政治生日，您已入党${years}周年。中共昆山市委组织部祝您政治生日快乐！")
                           @NotBlank @Size(max = 500) String text,
                           @Schema(description = "阿里云审核通过的短信模板代码。The Alibaba Cloud SMS template code.",
                                   example = "SMS_465321789")
                           @Size(max = 64) String aliyunCode,
                           @Schema(description = "腾讯云审核通过的短信模板 ID，变量按此类消息的顺序对应 {1}、{2}…"
                                   + "The Tencent Cloud SMS template id; its {1}, {2}... follow the kind's variables in order.",
                                   example = "2150321")
                           @Size(max = 64) String tencentCode,
                           @Schema(description = "微信订阅消息模板 ID；验证码类消息不能设置。"
                                   + "The WeChat subscribe-message template id; not for one-time codes.",
                                   example = "bDmywsp2oEHjwAadTGKkUHpC0RgBVSaVV3ShKzN0AAA")
                           @Size(max = 128) String wechatTemplateId,
                           @Schema(description = "微信模板字段=变量，逗号分隔；设置了微信模板 ID 时必填。"
                                   + "WeChat field=variable, comma-separated; required with wechatTemplateId.",
                                   example = "thing1=name,number2=years")
                           @Size(max = 500) String wechatFields) {
    }

    @GetMapping
    @Operation(operationId = "listMessageTemplates", summary = "查看全部消息模板", description = """
            Lists the template of every kind of message: the administrator's version where one was saved, \
            else the built-in one. Anyone signed in.""")
    List<TemplateView> all() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @GetMapping("/{kind}")
    @Operation(operationId = "getMessageTemplate", summary = "查看一类消息的模板", description = """
            The template of one kind of message: the administrator's version if one was saved, else the \
            built-in one. Anyone signed in; an unknown kind is a 400.""")
    TemplateView one(@PathVariable MessageKind kind) {
        return TemplateView.of(templates.of(kind));
    }

    @PutMapping("/{kind}")
    @CityAdminOnly
    @Operation(operationId = "saveMessageTemplate", summary = "修改消息模板", description = """
            Sets the whole template of a kind of message (text, SMS template codes, WeChat subscribe-message \
            template and its fields), replacing the one before: fields left out are cleared. The text may use \
            only the kind's variables; one-time codes take no WeChat template; a WeChat template needs its \
            field mapping, each field naming a variable of the kind. Applies at once on this replica and within \
            the template cache time (30 s) on the others. The city administrator only (@CityAdminOnly).""")
    @ApiResponse(responseCode = "200", description = "已保存，答复生效的模板。Saved; the template now in effect.")
    @ApiResponse(responseCode = "400", description = "请求有误：模板使用了此类消息没有的变量、验证码设置了微信模板、"
            + "或微信字段有误或缺失。Bad request, code VALIDATION_FAILED: besides the field limits, `text` names a"
            + " variable the kind does not provide (NOTIFY_TEMPLATE_UNKNOWN_VARIABLE), `wechatTemplateId` is set for a"
            + " one-time code (NOTIFY_WECHAT_NOT_FOR_CODES), `wechatFields` is invalid (NOTIFY_WECHAT_FIELDS_INVALID)"
            + " or missing beside a WeChat template id (NOTIFY_WECHAT_FIELDS_REQUIRED).")
    TemplateView put(@PathVariable MessageKind kind, @Valid @RequestBody TemplateRequest request) {
        Template t = new Template(kind, request.text().strip(), blankToNull(request.aliyunCode()),
                blankToNull(request.tencentCode()), blankToNull(request.wechatTemplateId()),
                WechatFields.parse(request.wechatFields()), true);
        List<String> unknown = t.unknownVariables();
        if (!unknown.isEmpty()) {
            throw ApiException.invalidField("text", "NOTIFY_TEMPLATE_UNKNOWN_VARIABLE", String.join(", ", unknown));
        }
        checkWechat(t, request.wechatFields());
        templates.save(t, CurrentUsers.get().accountId());
        return TemplateView.of(templates.of(kind));
    }

    /** Codes go by SMS only; a WeChat template needs its fields, and each field a variable of the kind. */
    private static void checkWechat(Template t, String fieldsSpec) {
        if (t.kind().urgent() && t.wechatTemplateId() != null) {
            throw ApiException.invalidField("wechatTemplateId", "NOTIFY_WECHAT_NOT_FOR_CODES");
        }
        List<String> invalid = WechatFields.invalidEntries(fieldsSpec, t.kind());
        if (!invalid.isEmpty()) {
            throw ApiException.invalidField("wechatFields", "NOTIFY_WECHAT_FIELDS_INVALID", String.join(", ", invalid),
                    String.join(", ", t.kind().variables()));
        }
        if (t.wechatTemplateId() != null && t.wechatFields().isEmpty()) {
            throw ApiException.invalidField("wechatFields", "NOTIFY_WECHAT_FIELDS_REQUIRED");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
