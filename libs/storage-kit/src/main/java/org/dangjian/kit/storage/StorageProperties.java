package org.dangjian.kit.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("dj.storage")
public class StorageProperties {
    /** Folder of the local store; relative paths are under the working directory (./platform's run folder). */
    private String localRoot = "data/storage";
    /** Largest accepted image, in bytes. */
    private long maxImageBytes = 5 * 1024 * 1024;

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
}
