package org.dangjian.notify.template;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The effective template of each kind: the administrator's version when there is one, else the built-in.
 * Every message needs its template, so each kind's is kept for a short while ({@code
 * dj.notify.template-cache}, 30 s): an edit shows at once on the replica that saved it, and within that
 * time on the others.
 */
@Service
public class Templates {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Cache<MessageKind, Template> cache;

    Templates(JdbcClient jdbc, Clock clock, @Value("${dj.notify.template-cache:30s}") Duration keepFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().expireAfterWrite(keepFor).build();
    }

    public Template of(MessageKind kind) {
        return cache.get(kind, this::load);
    }

    private Template load(MessageKind kind) {
        return jdbc.sql("SELECT text, aliyun_code, tencent_code, wechat_template_id, wechat_fields FROM message_template"
                        + " WHERE kind = ?")
                .param(kind.name())
                .query((rs, i) -> new Template(kind, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        WechatFields.parse(rs.getString(5)), true))
                .optional().orElseGet(() -> Template.builtIn(kind));
    }

    public List<Template> all() {
        Map<MessageKind, Template> custom = jdbc.sql("SELECT kind, text, aliyun_code, tencent_code, wechat_template_id,"
                        + " wechat_fields FROM message_template")
                .query((rs, i) -> new Template(MessageKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), WechatFields.parse(rs.getString(6)), true))
                .list().stream().collect(Collectors.toMap(Template::kind, Function.identity()));
        return Arrays.stream(MessageKind.values()).map(k -> custom.getOrDefault(k, Template.builtIn(k))).toList();
    }

    void save(Template t, long accountId) {
        jdbc.sql("INSERT INTO message_template (kind, text, aliyun_code, tencent_code, wechat_template_id, wechat_fields,"
                        + " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE text = VALUES(text),"
                        + " aliyun_code = VALUES(aliyun_code), tencent_code = VALUES(tencent_code),"
                        + " wechat_template_id = VALUES(wechat_template_id), wechat_fields = VALUES(wechat_fields),"
                        + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")
                .params(t.kind().name(), t.text(), t.aliyunCode(), t.tencentCode(), t.wechatTemplateId(),
                        t.wechatFields().spec(), accountId,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        cache.invalidate(t.kind());
    }
}
