package org.dangjian.org.excel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Caps on one import. The whole file is validated in memory and applied in one transaction, so both
 * bound the memory and the lock time one upload may take; a city (4,300 organisations) fits easily.
 */
@ConfigurationProperties("dj.org.import")
public class ImportLimits {
    /** Largest accepted upload in bytes (the multipart limit of web-kit is higher, 20 MB). */
    private long maxFileBytes = 10L * 1024 * 1024;
    /** Most data rows in one file. */
    private int maxRows = 20_000;

    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    public void setMaxFileBytes(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public int getMaxRows() {
        return maxRows;
    }

    public void setMaxRows(int maxRows) {
        this.maxRows = maxRows;
    }
}
