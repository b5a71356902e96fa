package org.dangjian.kit.security.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.dangjian.auth.contract.RevokedTokens;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What a client holding a good, expired, forged or revoked token gets from a service. */
class TokenValidationTest extends SecurityKitTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    StringRedisTemplate redis;

    private ResultActions me(String token) throws Exception {
        return mvc.perform(get("/api/probe/me").header("Authorization", "Bearer " + token));
    }

    private static String member(long accountId, Duration lifetime) {
        return TestTokens.token(accountId, "member-" + accountId, 345L, "/1/12/345/", List.of("MEMBER"), 9001L, lifetime);
    }

    private static JsonNode payload(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static void unauthorized(ResultActions result, String code) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void a_valid_token_reaches_the_controller_with_its_claims() throws Exception {
        me(member(4242L, Duration.ofMinutes(15)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accountId").value("4242"))
                .andExpect(jsonPath("$.username").value("member-4242"))
                .andExpect(jsonPath("$.orgId").value("345"))
                .andExpect(jsonPath("$.orgPath").value("/1/12/345/"))
                .andExpect(jsonPath("$.roles[0]").value("MEMBER"))
                .andExpect(jsonPath("$.memberId").value("9001"));
    }

    @Test
    void no_token_is_401_unauthorized() throws Exception {
        unauthorized(mvc.perform(get("/api/probe/me")), "UNAUTHORIZED");
        mvc.perform(get("/api/probe/me")).andExpect(jsonPath("$.title").value("未登录或登录已失效"));
        mvc.perform(get("/api/probe/me").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Not signed in or the session has expired"));
    }

    @Test
    void an_unknown_path_without_a_token_is_401_not_404() throws Exception {
        unauthorized(mvc.perform(get("/api/no-such-thing")), "UNAUTHORIZED");
    }

    @Test
    void an_expired_token_is_401_token_expired() throws Exception {
        unauthorized(me(member(4243L, Duration.ofMinutes(-5))), "TOKEN_EXPIRED");
        me(member(4243L, Duration.ofMinutes(-5))).andExpect(jsonPath("$.title").value("登录已过期"));
    }

    @Test
    void garbage_is_401_unauthorized() throws Exception {
        unauthorized(me("not-a-jwt"), "UNAUTHORIZED");
    }

    @Test
    void a_tampered_signature_is_401() throws Exception {
        String token = member(4244L, Duration.ofMinutes(15));
        int at = token.lastIndexOf('.') + 5;
        char flipped = token.charAt(at) == 'A' ? 'B' : 'A';
        unauthorized(me(token.substring(0, at) + flipped + token.substring(at + 1)), "UNAUTHORIZED");
    }

    @Test
    void claims_edited_after_signing_are_401() throws Exception {
        String[] parts = member(4245L, Duration.ofMinutes(15)).split("\\.");
        ObjectNode claims = (ObjectNode) payload(parts[0] + "." + parts[1]);
        claims.putArray("roles").add("CITY_ADMIN");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];
        unauthorized(me(forged), "UNAUTHORIZED");
    }

    @Test
    void a_token_signed_by_another_key_is_401() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("intruder").generate();
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("dangjian-cloud").subject("1").jwtID("x")
                        .issueTime(java.util.Date.from(now)).expirationTime(java.util.Date.from(now.plusSeconds(600)))
                        .claim("roles", List.of("CITY_ADMIN")).claim("org_path", "/1/").build());
        jwt.sign(new RSASSASigner(other));
        unauthorized(me(jwt.serialize()), "UNAUTHORIZED");
    }

    @Test
    void a_logged_out_token_is_401() throws Exception {
        String token = member(4246L, Duration.ofMinutes(15));
        me(token).andExpect(status().isOk());
        String jti = payload(token).get("jti").asString();
        redis.opsForValue().set(RevokedTokens.jtiKey(jti), "1", Duration.ofMinutes(20));
        unauthorized(me(token), "UNAUTHORIZED");
        me(member(4246L, Duration.ofMinutes(15))).andExpect(status().isOk());
    }

    @Test
    void a_password_change_revokes_the_accounts_earlier_tokens_only() throws Exception {
        String before = member(4247L, Duration.ofMinutes(15));
        String otherAccount = member(4248L, Duration.ofMinutes(15));
        me(before).andExpect(status().isOk());
        long mark = Instant.now().getEpochSecond();
        redis.opsForValue().set(RevokedTokens.accountKey("4247"), Long.toString(mark), Duration.ofMinutes(20));

        unauthorized(me(before), "UNAUTHORIZED");
        me(otherAccount).andExpect(status().isOk());
    }

    @Test
    void a_token_issued_after_the_account_mark_is_accepted() throws Exception {
        long mark = Instant.now().getEpochSecond() - 30;
        redis.opsForValue().set(RevokedTokens.accountKey("4249"), Long.toString(mark), Duration.ofMinutes(20));
        me(member(4249L, Duration.ofMinutes(15))).andExpect(status().isOk());
    }

    @Test
    void a_declared_right_refuses_with_403_forbidden_and_the_rules_reason() throws Exception {
        mvc.perform(get("/api/probe/city-only").header("Authorization", "Bearer " + member(4250L, Duration.ofMinutes(15))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.detail").value("此操作仅限市级管理员。"));
        mvc.perform(get("/api/probe/city-only").header("Accept-Language", "en")
                        .header("Authorization", "Bearer " + TestTokens.orgAdmin(5L, 12L, "/1/12/")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.detail").value("Only the city administrator may do this."));
        mvc.perform(get("/api/probe/city-only").header("Authorization", "Bearer " + TestTokens.cityAdmin(1L, "/1/")))
                .andExpect(status().isOk());
    }

    @Test
    void a_refusal_about_the_object_has_the_same_code_and_its_own_reason() throws Exception {
        mvc.perform(get("/api/probe/not-yours").header("Authorization", "Bearer " + TestTokens.orgAdmin(5L, 12L, "/1/12/")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.detail").value("此操作仅限市级管理员。"));
    }

    @Test
    void the_trace_id_is_in_a_401_problem() throws Exception {
        mvc.perform(get("/api/probe/me").header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.traceId").value("0af7651916cd43dd8448eb211c80319c"));
    }
}
