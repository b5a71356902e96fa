package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A tour of what an organisation department does besides building the tree: it manages the accounts of
 * its officers (edits, disables, unlocks, resets), edits an organisation and reads its history, trail and
 * spreadsheets, keeps a branch's venue up to date, and looks at the notice templates and message log.
 * The public auth routes (keys, WeChat) and the SMS providers' report route answer as documented.
 */
class OrgAndNoticesTourE2eTest {
    private static final String INITIAL = "Tour-Initial-Passw0rd";
    private static final String CHOSEN = "Tour-Chosen-Passw0rd-2";
    private static final String RESET = "Tour-Reset-Passw0rd-3";
    private static Api api;
    private static Api.Session city;
    private static String tag;
    private static long root;
    private static long town;
    private static long branch;
    private static String townName;

    @BeforeAll
    static void setUp() {
        api = new Api(Platform.get().gateway());
        city = api.login("admin", Platform.ADMIN_PASSWORD);
        tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        root = city.get("/api/auth/me").body().get("orgId").asLong();
        townName = "周庄镇党委" + tag;
        town = org(root, "TOUR" + tag, townName, "COMMITTEE", "TOWN");
        branch = org(town, "TOUR" + tag + "-1", "周庄一村党支部" + tag, "BRANCH", "VILLAGE");
    }

    @Test
    void an_officers_account_is_edited_disabled_enabled_unlocked_and_reset() {
        String username = "tour-" + tag;
        String phone = phone();
        Api.Reply created = city.post("/api/auth/accounts", Map.of("username", username, "password", INITIAL,
                "orgId", String.valueOf(town), "roles", List.of("AUDITOR"), "phone", phone, "displayName", "王芳"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.body().get("id").asString();

        JsonNode listed = city.get("/api/auth/accounts?orgId=" + town + "&q=" + username).body();
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        JsonNode item = listed.get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(id);
        assertThat(item.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(item.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(item.get("phone").asString()).as("masked").isEqualTo(masked(phone));
        assertThat(city.get("/api/auth/accounts?orgId=" + root + "&q=" + username).body().get("total").asInt())
                .as("the account is the town's, not the city's").isZero();
        assertThat(city.get("/api/auth/accounts?orgId=" + root + "&subtree=true&q=" + username).body().get("total").asInt())
                .as("but within the city's subtree").isEqualTo(1);

        Api.Reply one = city.get("/api/auth/accounts/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("username").asString()).isEqualTo(username);
        assertThat(one.body().get("orgName").asString()).isEqualTo(townName);
        assertThat(one.body().get("displayName").asString()).isEqualTo("王芳");
        assertThat(roles(one.body())).containsExactly("AUDITOR");

        Api.Reply patched = send("PATCH", "/api/auth/accounts/" + id, Map.of("displayName", "王芳（组织委员）",
                "roles", List.of("ORG_ADMIN")));
        assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
        assertThat(patched.body().get("displayName").asString()).isEqualTo("王芳（组织委员）");
        JsonNode reread = city.get("/api/auth/accounts/" + id).body();
        assertThat(roles(reread)).containsExactly("ORG_ADMIN");
        assertThat(reread.get("displayName").asString()).isEqualTo("王芳（组织委员）");
        assertThat(city.get("/api/auth/accounts?role=ORG_ADMIN&q=" + username).body().get("total").asInt()).isEqualTo(1);

        Api.Session officer = api.firstLogin(username, INITIAL, CHOSEN);
        assertThat(officer.get("/api/auth/me").body().get("roles").toString()).contains("ORG_ADMIN");
        String refresh = login(username, CHOSEN).body().get("refreshToken").asString();

        Api.Reply disabled = city.post("/api/auth/accounts/" + id + "/disable", null);
        assertThat(disabled.status()).as(disabled.raw().body()).isEqualTo(200);
        assertThat(disabled.body().get("status").asString()).isEqualTo("DISABLED");
        Api.Reply refused = login(username, CHOSEN);
        assertThat(refused.status()).as("a disabled account cannot sign in").isEqualTo(401);
        assertThat(refused.code()).isEqualTo("BAD_CREDENTIALS");
        Api.Reply renewed = api.send("POST", "/api/auth/refresh", Map.of("refreshToken", refresh), null, Map.of());
        assertThat(renewed.status()).as("its sessions ended").isEqualTo(401);
        assertThat(renewed.code()).isEqualTo("REFRESH_TOKEN_INVALID");
        assertThat(city.get("/api/auth/accounts?status=DISABLED&q=" + username).body().get("total").asInt()).isEqualTo(1);

        Api.Reply enabled = city.post("/api/auth/accounts/" + id + "/enable", null);
        assertThat(enabled.status()).as(enabled.raw().body()).isEqualTo(200);
        assertThat(enabled.body().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(login(username, CHOSEN).status()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "Wrong-Passw0rd-xyz").code()).isEqualTo("BAD_CREDENTIALS");
        }
        assertThat(login(username, CHOSEN).code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(city.get("/api/auth/accounts/" + id).body().get("locked").asBoolean()).isTrue();
        Api.Reply unlocked = city.post("/api/auth/accounts/" + id + "/unlock", null);
        assertThat(unlocked.status()).as(unlocked.raw().body()).isEqualTo(200);
        assertThat(unlocked.body().get("locked").asBoolean()).isFalse();
        assertThat(login(username, CHOSEN).status()).as("unlocked, the right password works again").isEqualTo(200);

        Api.Reply tooSimple = city.post("/api/auth/accounts/" + id + "/reset-password", Map.of("newPassword", "short"));
        assertThat(tooSimple.status()).isEqualTo(400);
        assertThat(tooSimple.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(tooSimple.body().get("errors").findValuesAsString("field")).contains("newPassword");
        Api.Reply reset = city.post("/api/auth/accounts/" + id + "/reset-password", Map.of("newPassword", RESET));
        assertThat(reset.status()).as(reset.raw().body()).isEqualTo(200);
        assertThat(reset.body().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(login(username, CHOSEN).code()).as("the old password is gone").isEqualTo("BAD_CREDENTIALS");
        Api.Reply afterReset = login(username, RESET);
        assertThat(afterReset.status()).isEqualTo(200);
        assertThat(afterReset.body().get("passwordChangeRequired").asBoolean()).isTrue();

        long self = city.get("/api/auth/me").body().get("accountId").asLong();
        Api.Reply own = city.post("/api/auth/accounts/" + self + "/disable", null);
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.code()).isEqualTo("CANNOT_DISABLE_SELF");
    }

    @Test
    void the_public_keys_verify_the_tokens_the_platform_issues() {
        Api.Reply jwks = api.send("GET", "/api/auth/jwks", null, null, Map.of());
        assertThat(jwks.status()).isEqualTo(200);
        List<String> kids = jwks.body().get("keys").findValuesAsString("kid");
        assertThat(kids).isNotEmpty();
        assertThat(jwks.body().get("keys").findValuesAsString("kty")).containsOnly("RSA");
        String header = new String(Base64.getUrlDecoder().decode(city.accessToken().split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(kids).as("the access token is signed with a published key")
                .contains(Api.JSON.readTree(header).get("kid").asString());
    }

    /**
     * WeChat is local-infra's stub (deploy/local-infra): a code {@code dev:<name>} is the WeChat user
     * {@code dev-openid-<name>}, any other code is one WeChat never issued.
     */
    @Test
    void with_the_local_wechat_stub_a_new_wechat_user_is_asked_to_bind_and_a_bad_code_or_ticket_is_refused() {
        Api.Reply newcomer = api.send("POST", "/api/auth/wechat-login", Map.of("code", "dev:e2e-" + tag), null, Map.of());
        assertThat(newcomer.status()).as(newcomer.raw().body()).isEqualTo(401);
        assertThat(newcomer.code()).isEqualTo("WECHAT_NOT_BOUND");
        assertThat(newcomer.body().get("bindTicket").asString()).isNotBlank();
        assertThat(newcomer.body().get("bindTicketExpiresIn").asLong()).isPositive();

        Api.Reply unknownCode = api.send("POST", "/api/auth/wechat-login", Map.of("code", "e2e-" + tag), null, Map.of());
        assertThat(unknownCode.status()).as(unknownCode.raw().body()).isEqualTo(401);
        assertThat(unknownCode.code()).isEqualTo("WECHAT_CODE_INVALID");

        Api.Reply bind = api.send("POST", "/api/auth/wechat-bind", Map.of("ticket", "no-such-ticket-" + tag,
                "phone", phone(), "code", "386512"), null, Map.of());
        assertThat(bind.status()).isEqualTo(401);
        assertThat(bind.code()).isEqualTo("WECHAT_BIND_TICKET_INVALID");
    }

    @Test
    void an_organisation_is_edited_and_its_tree_trail_history_and_spreadsheets_show_it() {
        long village = org(town, "TOUR" + tag + "-2", "周庄二村党支部" + tag, "BRANCH", "VILLAGE");
        Api.Reply patched = send("PATCH", "/api/orgs/" + village, Map.of("name", "周庄镇祁浜村党支部" + tag,
                "shortName", "祁浜村" + tag, "sortOrder", 7));
        assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
        assertThat(patched.body().get("name").asString()).isEqualTo("周庄镇祁浜村党支部" + tag);
        JsonNode reread = city.get("/api/orgs/" + village).body();
        assertThat(reread.get("shortName").asString()).isEqualTo("祁浜村" + tag);
        assertThat(reread.get("sortOrder").asInt()).isEqualTo(7);

        Api.Reply history = city.get("/api/orgs/" + village + "/history");
        assertThat(history.status()).isEqualTo(200);
        JsonNode rename = null;
        List<String> fields = new ArrayList<>();
        for (JsonNode entry : history.body()) {
            fields.add(entry.get("field").asString());
            if ("RENAME".equals(entry.get("kind").asString())) {
                rename = entry;
            }
        }
        assertThat(fields).contains("name", "shortName", "sortOrder");
        assertThat(rename).as("the rename is in the history").isNotNull();
        assertThat(rename.get("oldValue").asString()).isEqualTo("周庄二村党支部" + tag);
        assertThat(rename.get("newValue").asString()).isEqualTo("周庄镇祁浜村党支部" + tag);

        Api.Reply typeChange = send("PATCH", "/api/orgs/" + town, Map.of("type", "BRANCH"));
        assertThat(typeChange.status()).as("a committee with branches cannot become a branch").isEqualTo(400);
        assertThat(typeChange.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(typeChange.body().get("errors").findValuesAsString("field")).containsExactly("type");
        assertThat(city.get("/api/orgs/" + town).body().get("type").asString()).as("unchanged").isEqualTo("COMMITTEE");

        Api.Reply tree = city.get("/api/orgs/tree?rootId=" + town);
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.body().get("name").asString()).isEqualTo(townName);
        assertThat(tree.body().get("children").findValuesAsString("name"))
                .containsExactlyInAnyOrder("周庄一村党支部" + tag, "周庄镇祁浜村党支部" + tag);
        assertThat(city.get("/api/orgs/tree").body().get("id").asLong()).as("the whole tree starts at the city").isEqualTo(root);

        Api.Reply trail = city.get("/api/orgs/" + village + "/breadcrumbs");
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body().findValuesAsString("id"))
                .containsExactly(String.valueOf(root), String.valueOf(town), String.valueOf(village));
        assertThat(trail.body().get(2).get("shortName").asString()).isEqualTo("祁浜村" + tag);

        HttpResponse<byte[]> export = city.download("/api/orgs/export?rootId=" + town);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Sheets.XLSX));
        assertThat(new String(export.body(), 0, 2, StandardCharsets.ISO_8859_1)).as("a zip, as an xlsx is").isEqualTo("PK");
        List<String> exported = Sheets.read(export.body()).stream().flatMap(row -> row.values().stream()).toList();
        assertThat(exported).contains(townName, "周庄一村党支部" + tag, "周庄镇祁浜村党支部" + tag);

        HttpResponse<byte[]> template = city.download("/api/orgs/import/template");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Sheets.XLSX));
        assertThat(new String(template.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        List<Map<Integer, String>> rows = Sheets.read(template.body());
        assertThat(rows.get(0).values()).as("the header row").contains("组织编码", "组织名称", "上级组织编码", "组织类型", "组织类别");
    }

    @Test
    void a_venue_is_listed_read_replaced_given_a_photo_and_deleted() throws IOException {
        String venues = "/api/orgs/" + branch + "/venues";
        Api.Reply created = city.post(venues, Map.of("name", "党员活动室", "address", "昆山市周庄镇全福路 1 号",
                "latitude", new BigDecimal("31.116789"), "longitude", new BigDecimal("120.846543")));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String venue = created.body().get("id").asString();

        Api.Reply list = city.get(venues);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().findValuesAsString("id")).containsExactly(venue);

        Api.Reply replaced = send("PUT", venues + "/" + venue, Map.of("name", "党群服务中心",
                "address", "昆山市周庄镇全福路 9 号", "latitude", new BigDecimal("31.117001"),
                "longitude", new BigDecimal("120.847002"), "areaSqm", new BigDecimal("180.5"), "facilities", "会议室、阅览室"));
        assertThat(replaced.status()).as(replaced.raw().body()).isEqualTo(200);
        JsonNode read = city.get(venues + "/" + venue).body();
        assertThat(read.get("name").asString()).isEqualTo("党群服务中心");
        assertThat(read.get("address").asString()).isEqualTo("昆山市周庄镇全福路 9 号");
        assertThat(read.get("facilities").asString()).isEqualTo("会议室、阅览室");
        assertThat(read.get("areaSqm").decimalValue()).isEqualByComparingTo("180.5");
        assertThat(read.get("latitude").decimalValue()).isEqualByComparingTo("31.117001");

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "png", png);
        Api.Reply photo = city.upload(venues + "/" + venue + "/photos", "门口.png", "image/png", png.toByteArray());
        assertThat(photo.status()).as(photo.raw().body()).isEqualTo(201);
        String photoUrl = venues + "/" + venue + "/photos/" + photo.body().get("id").asString();
        assertThat(photo.body().get("url").asString()).isEqualTo(photoUrl);
        assertThat(city.get(venues + "/" + venue).body().get("photos").findValuesAsString("id"))
                .containsExactly(photo.body().get("id").asString());
        HttpResponse<byte[]> served = city.download(photoUrl);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(png.toByteArray());

        Api.Reply deleted = send("DELETE", venues + "/" + venue, null);
        assertThat(deleted.status()).isEqualTo(204);
        Api.Reply gone = city.get(venues + "/" + venue);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo("VENUE_NOT_FOUND");
        assertThat(city.get(venues).body().size()).isZero();
        assertThat(city.download(photoUrl).statusCode()).as("the photo went with it").isEqualTo(404);
    }

    @Test
    void the_templates_are_listed_and_a_login_code_is_never_resent() {
        Api.Reply templates = city.get("/api/notifications/templates");
        assertThat(templates.status()).isEqualTo(200);
        assertThat(templates.body().findValuesAsString("kind")).contains("LOGIN_CODE", "PHONE_CODE", "POLITICAL_BIRTHDAY",
                "TRANSFER_COMPLETED", "POINTS_WARNING");
        for (JsonNode template : templates.body()) {
            assertThat(template.get("text").asString()).as(template.toString()).isNotBlank();
            if (template.get("kind").asString().equals("LOGIN_CODE")) {
                assertThat(template.get("urgent").asBoolean()).isTrue();
                assertThat(template.get("variables").toString()).isEqualTo("[\"code\"]");
            }
            if (template.get("kind").asString().equals("POLITICAL_BIRTHDAY")) {
                assertThat(template.get("urgent").asBoolean()).isFalse();
            }
        }

        Api.Reply unknown = city.post("/api/notifications/messages/9007199254740993/resend", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("NOTIFY_MESSAGE_NOT_FOUND");

        String phone = phone();
        long member = NotifyE2eTest.member(city, branch, "陈静", phone);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                city.get("/api/auth/accounts?role=MEMBER&q=m" + member).body().get("total").asInt() == 1);
        assertThat(api.send("POST", "/api/auth/sms-code", Map.of("phone", phone), null, Map.of()).status()).isEqualTo(202);
        JsonNode[] sent = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode log = city.get("/api/notifications/messages?kind=LOGIN_CODE&recipient=" + phone).body();
            sent[0] = log.get("items").size() == 1 ? log.get("items").get(0) : null;
            return sent[0] != null && sent[0].get("status").asString().equals("SENT");
        });
        Api.Reply resend = city.post("/api/notifications/messages/" + sent[0].get("id").asString() + "/resend", null);
        assertThat(resend.status()).isEqualTo(409);
        assertThat(resend.code()).isEqualTo("NOTIFY_CODE_NOT_RESENDABLE");
        JsonNode after = city.get("/api/notifications/messages?kind=LOGIN_CODE&recipient=" + phone).body();
        assertThat(after.get("total").asString()).isEqualTo("1");
        assertThat(after.get("items").get(0).get("attempts").asInt()).as("nothing went out again")
                .isEqualTo(sent[0].path("attempts").asInt());
    }

    @Test
    void delivery_reports_are_refused_without_the_report_token() {
        List<Map<String, Object>> push = List.of(Map.of("phone_number", "13912345678", "send_time", "2026-03-12 09:00:01",
                "report_time", "2026-03-12 09:00:05", "success", true, "err_code", "DELIVERED", "err_msg", "用户接收成功",
                "sms_size", "1", "biz_id", "932702304080415357^0"));
        // e2e sets no dj.notify.reports.token: reports are off, so any token finds no route
        Api.Reply byQuery = api.send("POST", "/api/notifications/reports/aliyun?token=wrong-" + tag, push, null, Map.of());
        assertThat(byQuery.status()).as(byQuery.raw().body()).isEqualTo(404);
        assertThat(byQuery.code()).isEqualTo("NOT_FOUND");
        Api.Reply byHeader = api.send("POST", "/api/notifications/reports/tencent", List.of(), null,
                Map.of("X-Report-Token", "wrong-" + tag));
        assertThat(byHeader.status()).isEqualTo(404);
        assertThat(byHeader.code()).isEqualTo("NOT_FOUND");
    }

    /** PUT, PATCH or DELETE as the city administrator; an expired access token is renewed first. */
    private static Api.Reply send(String method, String path, Object body) {
        Api.Reply reply = api.send(method, path, body, city.accessToken(), Map.of());
        if (reply.status() == 401 && "TOKEN_EXPIRED".equals(reply.code())) {
            assertThat(city.get("/api/auth/me").status()).as("the session renews itself").isEqualTo(200);
            reply = api.send(method, path, body, city.accessToken(), Map.of());
        }
        return reply;
    }

    private static Api.Reply login(String username, String password) {
        return api.send("POST", "/api/auth/login", Map.of("username", username, "password", password), null, Map.of());
    }

    private static List<String> roles(JsonNode account) {
        List<String> roles = new ArrayList<>();
        account.get("roles").forEach(r -> roles.add(r.asString()));
        return roles;
    }

    private static long org(long parent, String code, String name, String type, String category) {
        Api.Reply created = city.post("/api/orgs", Map.of("parentId", String.valueOf(parent), "code", "320583-" + code,
                "name", name, "type", type, "category", category));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
