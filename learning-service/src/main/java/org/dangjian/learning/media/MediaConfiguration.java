package org.dangjian.learning.media;

import org.dangjian.kit.web.WebKitProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@code dj.learning.media.*}, and refuses to start with parts larger than the service accepts as a body. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
class MediaConfiguration {
    @Bean
    InitializingBean partsFitTheBodyLimit(MediaProperties media, WebKitProperties web) {
        return () -> {
            if (media.partSize().toBytes() > web.getMaxBodyBytes()) {
                throw new IllegalStateException("dj.learning.media.part-size (" + media.partSize().toBytes()
                        + " bytes) must not exceed dj.web.max-body-bytes (" + web.getMaxBodyBytes() + "): every part "
                        + "would be refused");
            }
        };
    }
}
