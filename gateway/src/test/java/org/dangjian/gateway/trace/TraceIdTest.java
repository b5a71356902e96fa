package org.dangjian.gateway.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceIdTest {

    @Test
    void generatedIdsAre32HexDigitsAndDiffer() {
        String one = TraceId.generate();
        assertThat(one).matches("[0-9a-f]{32}");
        assertThat(TraceId.generate()).isNotEqualTo(one);
    }

    @Test
    void onlyPlainIdsOfSensibleLengthAreAccepted() {
        assertThat(TraceId.isWellFormed("0123456789abcdef0123456789abcdef")).isTrue();
        assertThat(TraceId.isWellFormed("3fa85f64-5717-4562-b3fc-2c963f66afa6")).isTrue();
        assertThat(TraceId.isWellFormed(null)).isFalse();
        assertThat(TraceId.isWellFormed("short")).isFalse();
        assertThat(TraceId.isWellFormed("a".repeat(37))).isFalse();
        assertThat(TraceId.isWellFormed("not-hex-but-long-enough")).isFalse();
        assertThat(TraceId.isWellFormed("0123456789abcdef\n[fake log line]")).isFalse();
    }
}
