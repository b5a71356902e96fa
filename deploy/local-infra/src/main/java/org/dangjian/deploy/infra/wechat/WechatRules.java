package org.dangjian.deploy.infra.wechat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the local WeChat stub answers, with WeChat's own error codes where WeChat would refuse:
 * <ul>
 * <li><b>Login</b> ({@code GET /sns/jscode2session}): the code {@code dev:<name>} (letters, digits, {@code .},
 * {@code _}, {@code -}; at most 64) is the WeChat user with open id {@code dev-openid-<name>}, so a developer
 * or a test signs in as the same person every time, and may use the code again (WeChat's are single-use).
 * Any other code is refused with 40029 (invalid code), as WeChat refuses a code it never issued. The app id
 * and secret must be the stub's ({@link #APP_ID}, {@link #SECRET}): else 40013 / 40125.</li>
 * <li><b>Access token</b> ({@code POST /cgi-bin/stable_token}): the app's credentials get one token for the
 * stub's life (new at each start, as a real token is replaced), valid 7200 s.</li>
 * <li><b>Subscribe message</b> ({@code POST /cgi-bin/message/subscribe/send?access_token=}): with that token
 * (else 40001), a {@code touser} (else 40003), a {@code template_id} (else 40037) and a {@code data} object
 * (else 47001), the message is accepted: appended as one JSON line (the message as sent, with {@code at} and
 * {@code msgid}) to the message log, where a person or a test reads it.</li>
 * </ul>
 */
public final class WechatRules {
    /** The mini-program's app id on a development machine. */
    public static final String APP_ID = "wx-local-dev";
    /** Its secret: nothing to protect, there is no such app. */
    public static final String SECRET = "local-dev-secret";
    private static final Pattern DEV_CODE = Pattern.compile("dev:([A-Za-z0-9._-]{1,64})");
    private static final int TOKEN_SECONDS = 7200;

    private final Path messageLog;
    private final Clock clock;
    private final String accessToken;
    private final AtomicLong msgIds = new AtomicLong();
    private final JsonMapper json = JsonMapper.builder().build();

    public WechatRules(Path messageLog, Clock clock) {
        this.messageLog = messageLog;
        this.clock = clock;
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        this.accessToken = "local-dev-token-" + HexFormat.of().formatHex(random);
    }

    /** Where accepted subscribe messages are appended. */
    public Path messageLog() {
        return messageLog;
    }

    String codeToSession(Map<String, String> query) {
        String refused = credentialsRefused(query.get("appid"), query.get("secret"));
        if (refused != null) {
            return refused;
        }
        if (!"authorization_code".equals(query.get("grant_type"))) {
            return error(40002, "invalid grant_type");
        }
        var code = DEV_CODE.matcher(query.getOrDefault("js_code", ""));
        if (!code.matches()) {
            return error(40029, "invalid code, the local WeChat stub knows only codes dev:<name>");
        }
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("openid", "dev-openid-" + code.group(1));
        session.put("session_key", "local-dev-session-key");
        return json.writeValueAsString(session);
    }

    String stableToken(String body) {
        JsonNode request = object(body);
        if (request == null) {
            return error(47001, "data format error");
        }
        String refused = credentialsRefused(request.path("appid").asString(""), request.path("secret").asString(""));
        if (refused != null) {
            return refused;
        }
        if (!"client_credential".equals(request.path("grant_type").asString(""))) {
            return error(40002, "invalid grant_type");
        }
        return json.writeValueAsString(Map.of("access_token", accessToken, "expires_in", TOKEN_SECONDS));
    }

    String subscribeSend(String token, String body) {
        if (!accessToken.equals(token)) {
            return error(40001, "invalid credential, access_token is invalid or not latest");
        }
        JsonNode message = object(body);
        if (message == null || !message.path("data").isObject()) {
            return error(47001, "data format error");
        }
        if (message.path("touser").asString("").isBlank()) {
            return error(40003, "invalid openid");
        }
        if (message.path("template_id").asString("").isBlank()) {
            return error(40037, "invalid template_id");
        }
        long msgId = msgIds.incrementAndGet();
        ObjectNode line = json.createObjectNode();
        line.put("at", clock.instant().toString());
        line.put("msgid", msgId);
        line.setAll((ObjectNode) message);
        try {
            append(json.writeValueAsString(line));
        } catch (UncheckedIOException e) {
            // WeChat's "system busy": the sender tries again later
            return error(-1, "system error: the local WeChat stub could not write " + messageLog);
        }
        return json.writeValueAsString(Map.of("errcode", 0, "errmsg", "ok", "msgid", msgId));
    }

    private synchronized void append(String line) {
        try {
            Files.createDirectories(messageLog.toAbsolutePath().getParent());
            Files.writeString(messageLog, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String credentialsRefused(String appId, String secret) {
        if (!APP_ID.equals(appId)) {
            return error(40013, "invalid appid");
        }
        if (!SECRET.equals(secret)) {
            return error(40125, "invalid appsecret");
        }
        return null;
    }

    private JsonNode object(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private String error(int errcode, String errmsg) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("errcode", errcode);
        answer.put("errmsg", errmsg);
        return json.writeValueAsString(answer);
    }
}
