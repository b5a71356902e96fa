package org.dangjian.org.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.dangjian.auth.contract.TokenClaims;
import org.dangjian.org.account.Account;
import org.springframework.stereotype.Component;

/** Signs access tokens with the claims every verifier reads (see {@link TokenClaims}). */
@Component
public class TokenIssuer {
    private final SigningKeys keys;
    private final AuthProperties props;
    private final Clock clock;

    public TokenIssuer(SigningKeys keys, AuthProperties props, Clock clock) {
        this.keys = keys;
        this.props = props;
        this.clock = clock;
    }

    public String issue(Account account, String orgPath) {
        return issue(account, orgPath, Instant.now(clock));
    }

    /**
     * A full token issued at {@code issuedAt}. A password change marks every token of the account issued
     * at or before the current second as revoked; the fresh pair it hands out is dated after that mark.
     */
    public String issue(Account account, String orgPath, Instant issuedAt) {
        JWTClaimsSet.Builder claims = common(account, orgPath, issuedAt)
                .claim(TokenClaims.ROLES, new ArrayList<>(account.roleSet()));
        if (account.getMemberId() != null) {
            claims.claim(TokenClaims.MEMBER_ID, Long.toString(account.getMemberId()));
        }
        if (account.getApplicantId() != null) {
            claims.claim(TokenClaims.APPLICANT_ID, Long.toString(account.getApplicantId()));
        }
        return sign(claims);
    }

    /** A first-login token: no roles, {@code scope=password-change}; every verifier lets it change the password only. */
    public String issuePasswordChange(Account account, String orgPath) {
        return issuePasswordChange(account, orgPath, Instant.now(clock));
    }

    /** As {@link #issuePasswordChange(Account, String)}, dated {@code issuedAt}. */
    public String issuePasswordChange(Account account, String orgPath, Instant issuedAt) {
        return sign(common(account, orgPath, issuedAt)
                .claim(TokenClaims.ROLES, new ArrayList<String>())
                .claim(TokenClaims.SCOPE, TokenClaims.SCOPE_PASSWORD_CHANGE));
    }

    /**
     * A service's token: subject {@code service:<name>}, role SERVICE, no organisation and no member, so
     * it opens other services' {@code /internal/**} routes and no organisation's data through the API.
     */
    public String issueService(String service) {
        Instant now = Instant.now(clock);
        return sign(new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .subject(TokenClaims.SERVICE_SUBJECT_PREFIX + service)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(props.serviceTokenTtl())))
                .claim(TokenClaims.USERNAME, service)
                .claim(TokenClaims.ROLES, List.of(TokenClaims.SERVICE_ROLE)));
    }

    public int serviceLifetimeSeconds() {
        return (int) props.serviceTokenTtl().toSeconds();
    }

    private JWTClaimsSet.Builder common(Account account, String orgPath, Instant issuedAt) {
        return new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .subject(Long.toString(account.getId()))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(props.accessTokenTtl())))
                .claim(TokenClaims.USERNAME, account.getUsername())
                .claim(TokenClaims.ORG_ID, Long.toString(account.getOrgId()))
                .claim(TokenClaims.ORG_PATH, orgPath);
    }

    private String sign(JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(keys.active().getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(keys.active()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign token", e);
        }
    }

    public int lifetimeSeconds() {
        return (int) props.accessTokenTtl().toSeconds();
    }
}
