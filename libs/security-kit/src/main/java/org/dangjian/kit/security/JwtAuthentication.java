package org.dangjian.kit.security;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns the token's {@code roles} claim into Spring authorities {@code ROLE_<role>}. A password-change
 * token gets only {@link RestrictedTokens#PASSWORD_CHANGE}, whatever roles it claims; a service's token
 * only {@link ServiceCallers#AUTHORITY}.
 */
public class JwtAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {
    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        if (RestrictedTokens.isRestricted(jwt)) {
            return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(RestrictedTokens.PASSWORD_CHANGE)),
                    jwt.getSubject());
        }
        if (ServiceCallers.isService(jwt)) {
            return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(ServiceCallers.AUTHORITY)),
                    jwt.getSubject());
        }
        List<SimpleGrantedAuthority> authorities = CurrentUsers.roles(jwt).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }
}
