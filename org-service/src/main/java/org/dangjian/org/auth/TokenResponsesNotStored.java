package org.dangjian.org.auth;

import org.springframework.core.MethodParameter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every answer that carries tokens (password, SMS and WeChat login, refresh, password change) says
 * {@code Cache-Control: no-store} (RFC 6749, 5.1): no browser, proxy or idempotency store keeps it. One place, so a
 * new way in cannot forget it. The setup of a second factor carries its secret and is kept by none either.
 */
@ControllerAdvice
class TokenResponsesNotStored implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return TokenResponse.class.isAssignableFrom(returnType.getParameterType())
                || SecondFactorStep.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                         Class<? extends HttpMessageConverter<?>> converterType,
                                         ServerHttpRequest request, ServerHttpResponse response) {
        response.getHeaders().setCacheControl(CacheControl.noStore());
        response.getHeaders().setPragma("no-cache");
        return body;
    }
}
