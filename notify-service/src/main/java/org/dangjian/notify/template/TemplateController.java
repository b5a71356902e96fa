package org.dangjian.notify.template;

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
class TemplateController {
    private final Templates templates;

    TemplateController(Templates templates) {
        this.templates = templates;
    }

    record TemplateView(MessageKind kind, String text, List<String> variables, boolean urgent, String aliyunCode,
                        String tencentCode, String wechatTemplateId, String wechatFields, boolean custom) {
        static TemplateView of(Template t) {
            return new TemplateView(t.kind(), t.text(), t.kind().variables(), t.kind().urgent(), t.aliyunCode(),
                    t.tencentCode(), t.wechatTemplateId(), t.wechatFields().spec(), t.custom());
        }
    }

    /** {@code wechatFields}: WeChat key to variable, e.g. {@code thing1=name,number2=years}. */
    record TemplateRequest(@NotBlank @Size(max = 500) String text, @Size(max = 64) String aliyunCode,
                           @Size(max = 64) String tencentCode, @Size(max = 128) String wechatTemplateId,
                           @Size(max = 500) String wechatFields) {
    }

    @GetMapping
    List<TemplateView> all() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @GetMapping("/{kind}")
    TemplateView one(@PathVariable MessageKind kind) {
        return TemplateView.of(templates.of(kind));
    }

    @PutMapping("/{kind}")
    @CityAdminOnly
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
