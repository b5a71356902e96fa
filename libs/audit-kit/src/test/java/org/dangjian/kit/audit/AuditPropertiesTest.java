package org.dangjian.kit.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuditPropertiesTest {

    @Test
    void theWriteAuditIsKeptForAtLeastSixMonths() {
        AuditProperties props = new AuditProperties();
        assertThatCode(props::check).as("the default").doesNotThrowAnyException();
        props.setRetention(Duration.ofDays(90));
        assertThatThrownBy(props::check).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dj.audit.retention").hasMessageContaining("6 months");
        props.setRetention(Duration.ofDays(183));
        assertThatCode(props::check).doesNotThrowAnyException();
    }
}
