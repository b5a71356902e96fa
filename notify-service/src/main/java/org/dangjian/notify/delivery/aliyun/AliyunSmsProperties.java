package org.dangjian.notify.delivery.aliyun;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.notify.sms.aliyun.*}: the Alibaba Cloud SMS account. The endpoint is configurable so tests
 * can point it at a stub. Alibaba asks for a timeout of at least a second.
 */
@ConfigurationProperties("dj.notify.sms.aliyun")
public record AliyunSmsProperties(@DefaultValue("https://dysmsapi.aliyuncs.com") String endpoint,
                                  String accessKeyId, String accessKeySecret, String signName,
                                  @DefaultValue("2s") Duration connectTimeout,
                                  @DefaultValue("5s") Duration readTimeout) {
}
