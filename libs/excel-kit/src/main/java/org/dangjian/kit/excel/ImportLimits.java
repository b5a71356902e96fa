package org.dangjian.kit.excel;

/**
 * Caps on one import. The whole file is validated in memory and applied in one transaction, so both
 * bound the memory and the lock time one upload may take. Each service binds its own under its prefix:
 * {@code @Bean @ConfigurationProperties("dj.<area>.import") ImportLimits ...}.
 */
public class ImportLimits {
    /** Largest accepted upload in bytes (web-kit's multipart limit, 20 MB, comes first). */
    private long maxFileBytes;
    /** Most data rows in one file. */
    private int maxRows;

    public ImportLimits(long maxFileBytes, int maxRows) {
        this.maxFileBytes = maxFileBytes;
        this.maxRows = maxRows;
    }

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
