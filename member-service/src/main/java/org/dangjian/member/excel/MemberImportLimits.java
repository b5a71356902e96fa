package org.dangjian.member.excel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Caps on one import. The whole file is validated in memory and applied in one transaction, so both
 * bound the memory and the lock time one upload may take; a city's 65,000 members fit in one file.
 * Files above web-kit's multipart limit (20 MB) are refused before they get here.
 */
@Component
@ConfigurationProperties("dj.member.import")
public class MemberImportLimits {
    /** Largest accepted upload in bytes. */
    private long maxFileBytes = 20L * 1024 * 1024;
    /** Most data rows in one file. */
    private int maxRows = 100_000;

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
