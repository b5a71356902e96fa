package org.dangjian.notify.delivery.tencent;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.notify.sms.tencent.*}: the Tencent Cloud SMS account and application. The endpoint is
 * configurable so tests can point it at a stub; the region is required by this API.
 */
@ConfigurationProperties("dj.notify.sms.tencent")
public record TencentSmsProperties(@DefaultValue("https://sms.tencentcloudapi.com") String endpoint,
                                   String secretId, String secretKey, String sdkAppId, String signName,
                                   @DefaultValue("ap-guangzhou") String region,
                                   @DefaultValue("2s") Duration connectTimeout,
                                   @DefaultValue("5s") Duration readTimeout) {
}
