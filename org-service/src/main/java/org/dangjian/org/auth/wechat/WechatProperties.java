package org.dangjian.org.auth.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The mini-program's WeChat credentials and where WeChat's API is (a local stub in tests). */
@ConfigurationProperties("dj.wechat")
public class WechatProperties {
    private String baseUrl = "https://api.weixin.qq.com";
    private String appId = "";
    private String secret = "";
    private Duration timeout = Duration.ofSeconds(5);
    /** How long an unbound WeChat user has to bind with phone and SMS code. */
    private Duration bindTicketTtl = Duration.ofMinutes(10);

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration getBindTicketTtl() {
        return bindTicketTtl;
    }

    public void setBindTicketTtl(Duration bindTicketTtl) {
        this.bindTicketTtl = bindTicketTtl;
    }
}
