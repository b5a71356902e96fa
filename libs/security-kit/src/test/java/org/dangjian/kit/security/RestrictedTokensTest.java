package org.dangjian.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dangjian.auth.contract.TokenClaims;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;

/** A first-login token (scope=password-change) may act as nobody, anywhere but the password route. */
class RestrictedTokensTest {
    private static Jwt token(String scope) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("42")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .claim(TokenClaims.USERNAME, "newcomer")
                .claim(TokenClaims.ORG_ID, "12").claim(TokenClaims.ORG_PATH, "/1/12/")
                .claim(TokenClaims.ROLES, List.of("ORG_ADMIN"));
        if (scope != null) {
            jwt.claim(TokenClaims.SCOPE, scope);
        }
        return jwt.build();
    }

    private static List<String> authorities(AbstractAuthenticationToken auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void a_password_change_token_gets_only_the_password_change_authority_and_no_roles() {
        AbstractAuthenticationToken auth = new JwtAuthentication().convert(token(TokenClaims.SCOPE_PASSWORD_CHANGE));
        assertThat(authorities(auth)).containsExactly(RestrictedTokens.PASSWORD_CHANGE);
        assertThat(CurrentUsers.fromJwt(token(TokenClaims.SCOPE_PASSWORD_CHANGE)).roles())
                .as("roles claimed by a restricted token are ignored").isEmpty();
    }

    @Test
    void the_restricted_token_is_refused_where_a_full_token_is_required() {
        AbstractAuthenticationToken restricted = new JwtAuthentication().convert(token(TokenClaims.SCOPE_PASSWORD_CHANGE));
        AbstractAuthenticationToken full = new JwtAuthentication().convert(token(null));
        assertThat(authorities(full)).containsExactly("ROLE_ORG_ADMIN");
        assertThat(RestrictedTokens.isFull(restricted)).isFalse();
        assertThat(RestrictedTokens.isFull(full)).isTrue();
        assertThat(RestrictedTokens.fullTokenRequired().authorize(() -> restricted, null).isGranted()).isFalse();
        assertThat(RestrictedTokens.fullTokenRequired().authorize(() -> full, null).isGranted()).isTrue();
    }

    @Test
    void an_anonymous_caller_is_not_a_full_token_either() {
        AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(RestrictedTokens.isFull(anonymous)).isFalse();
        assertThat(RestrictedTokens.isFull(null)).isFalse();
    }

    @Test
    void another_scope_value_is_not_restricted() {
        assertThat(RestrictedTokens.isRestricted(token("something-else"))).isFalse();
    }
}
