package org.dangjian.kit.storage;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** Builds the S3 client from {@code dj.storage.s3.*}, failing at start-up on a missing setting. */
final class S3Stores {
    private S3Stores() {
    }

    static S3ObjectStore create(StorageProperties.S3 cfg) {
        require(cfg.getEndpoint(), "endpoint");
        require(cfg.getBucket(), "bucket");
        require(cfg.getAccessKey(), "access-key");
        require(cfg.getSecretKey(), "secret-key");
        S3Client client = S3Client.builder()
                .endpointOverride(URI.create(cfg.getEndpoint()))
                .region(Region.of(cfg.getRegion()))
                .forcePathStyle(cfg.isPathStyle())
                // One signed body instead of aws-chunked streaming, which Alibaba OSS and others refuse.
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(cfg.getAccessKey(), cfg.getSecretKey())))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // The newer default checksums (aws-chunked trailers) are refused by many S3-compatible stores.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
        return new S3ObjectStore(client, cfg.getBucket());
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("dj.storage.type=s3 needs dj.storage.s3." + name);
        }
    }
}
