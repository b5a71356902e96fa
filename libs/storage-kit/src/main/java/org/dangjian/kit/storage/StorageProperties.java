package org.dangjian.kit.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("dj.storage")
public class StorageProperties {
    /** {@code local} (default) or {@code s3}. */
    private String type = "local";
    private final S3 s3 = new S3();
    /** Folder of the local store; relative paths are under the working directory (./platform's run folder). */
    private String localRoot = "data/storage";
    /** Largest accepted image, in bytes. */
    private long maxImageBytes = 5 * 1024 * 1024;
    /** Largest accepted PDF (scans of several pages), in bytes; at most the multipart limit (20 MB by default). */
    private long maxPdfBytes = 20 * 1024 * 1024;
    /** Largest accepted Word or Excel file (a form to print, a template), in bytes. */
    private long maxOfficeBytes = 10 * 1024 * 1024;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public long getMaxOfficeBytes() {
        return maxOfficeBytes;
    }

    public void setMaxOfficeBytes(long maxOfficeBytes) {
        this.maxOfficeBytes = maxOfficeBytes;
    }

    public S3 getS3() {
        return s3;
    }

    /** An S3-compatible endpoint; credentials come from the environment or a secret, never the repo. */
    public static class S3 {
        private String endpoint;
        private String region = "us-east-1";
        private String bucket;
        private String accessKey;
        private String secretKey;
        /** Most S3-compatible stores want bucket-in-path URLs. */
        private boolean pathStyle = true;

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public String getBucket() {
            return bucket;
        }

        public void setBucket(String bucket) {
            this.bucket = bucket;
        }

        public String getAccessKey() {
            return accessKey;
        }

        public void setAccessKey(String accessKey) {
            this.accessKey = accessKey;
        }

        public String getSecretKey() {
            return secretKey;
        }

        public void setSecretKey(String secretKey) {
            this.secretKey = secretKey;
        }

        public boolean isPathStyle() {
            return pathStyle;
        }

        public void setPathStyle(boolean pathStyle) {
            this.pathStyle = pathStyle;
        }
    }

    public String getLocalRoot() {
        return localRoot;
    }

    public void setLocalRoot(String localRoot) {
        this.localRoot = localRoot;
    }

    public long getMaxImageBytes() {
        return maxImageBytes;
    }

    public void setMaxImageBytes(long maxImageBytes) {
        this.maxImageBytes = maxImageBytes;
    }

    public long getMaxPdfBytes() {
        return maxPdfBytes;
    }

    public void setMaxPdfBytes(long maxPdfBytes) {
        this.maxPdfBytes = maxPdfBytes;
    }
}
