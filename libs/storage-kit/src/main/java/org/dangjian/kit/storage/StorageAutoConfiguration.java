package org.dangjian.kit.storage;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** A local store unless the service defines another {@link ObjectStore}. */
@AutoConfiguration
@EnableConfigurationProperties(StorageProperties.class)
public class StorageAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    ObjectStore objectStore(StorageProperties props) {
        return new LocalFileStore(Path.of(props.getLocalRoot()));
    }

    @Bean
    ImageUploads imageUploads(ObjectStore store, StorageProperties props) {
        return new ImageUploads(store, props.getMaxImageBytes());
    }
}
