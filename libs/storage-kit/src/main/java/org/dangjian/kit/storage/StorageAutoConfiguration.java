package org.dangjian.kit.storage;

import java.nio.file.Path;
import org.dangjian.kit.web.problem.ProblemBundle;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The store {@code dj.storage.type} names (local files by default), unless the service defines its own. */
@AutoConfiguration
@EnableConfigurationProperties(StorageProperties.class)
public class StorageAutoConfiguration {
    /** UPLOAD_TOO_LARGE, UPLOAD_NOT_AN_IMAGE, UPLOAD_NOT_A_PHOTO_OR_PDF and UPLOAD_NOT_A_DOCUMENT, in Chinese and English. */
    @Bean
    ProblemBundle storageProblems() {
        return new ProblemBundle("dj-problems/storage");
    }

    @Bean
    @ConditionalOnMissingBean
    ObjectStore objectStore(StorageProperties props) {
        return switch (props.getType()) {
            case "local" -> new LocalFileStore(Path.of(props.getLocalRoot()));
            case "s3" -> S3Stores.create(props.getS3());
            default -> throw new IllegalStateException("dj.storage.type must be local or s3, not " + props.getType());
        };
    }

    @Bean
    ImageUploads imageUploads(ObjectStore store, StorageProperties props) {
        return new ImageUploads(store, props.getMaxImageBytes());
    }

    /** Evidence and scans: a photo (up to {@code max-image-bytes}) or a PDF (up to {@code max-pdf-bytes}). */
    @Bean
    FileUploads photoOrPdfUploads(ObjectStore store, StorageProperties props) {
        return FileUploads.photosOrPdf(store, props.getMaxImageBytes(), props.getMaxPdfBytes());
    }

    /** Forms and templates: PDF, Word or Excel. */
    @Bean
    DocumentUploads documentUploads(ObjectStore store, StorageProperties props) {
        return new DocumentUploads(store, props.getMaxPdfBytes(), props.getMaxOfficeBytes());
    }
}
