package org.dangjian.org.auth;

import com.nimbusds.jose.JOSEException;
import org.dangjian.kit.security.SecurityKitProperties;
import org.dangjian.kit.security.TokenValidators;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * org-service checks tokens with its own key instead of fetching its own JWKS over HTTP. Built on
 * first use, because the key lives in the database.
 */
@Component
class LocalJwtDecoder implements JwtDecoder {
    private final SigningKeys keys;
    private final StringRedisTemplate redis;
    private final SecurityKitProperties props;
    private volatile NimbusJwtDecoder delegate;

    LocalJwtDecoder(SigningKeys keys, StringRedisTemplate redis, SecurityKitProperties props) {
        this.keys = keys;
        this.redis = redis;
        this.props = props;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        NimbusJwtDecoder decoder = delegate;
        if (decoder == null) {
            try {
                decoder = NimbusJwtDecoder.withPublicKey(keys.active().toRSAPublicKey()).build();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            decoder.setJwtValidator(TokenValidators.standard(props.getClockSkew(), redis));
            delegate = decoder;
        }
        return decoder.decode(token);
    }
}
