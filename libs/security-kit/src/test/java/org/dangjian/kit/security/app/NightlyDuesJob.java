package org.dangjian.kit.security.app;

import org.dangjian.kit.security.scope.Unscoped;
import org.springframework.stereotype.Component;

/** Work with no caller, as a job or an event consumer is: one method declares why it runs unscoped. */
@Component
public class NightlyDuesJob {
    private final Mappers.DuesRecordMapper dues;

    public NightlyDuesJob(Mappers.DuesRecordMapper dues) {
        this.dues = dues;
    }

    @Unscoped("test: the nightly job reviews every organisation's dues")
    public long countAll() {
        return dues.selectCount(null);
    }

    /** Forgot to say why. */
    public long countWithoutReason() {
        return dues.selectCount(null);
    }
}
