package org.dangjian.notify.delivery;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** An HTTP SMS provider's test against a local stub of its API, one stub per test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProviderStubTest {
    protected final WireMockServer stub = new WireMockServer(options().dynamicPort());

    @BeforeAll
    void startStub() {
        stub.start();
    }

    @AfterAll
    void stopStub() {
        stub.stop();
    }

    /** Forgets the last test's requests and stubs, then lets the test class stub what it always answers. */
    @BeforeEach
    void resetStub() {
        stub.resetAll();
        stubDefaults();
    }

    protected abstract void stubDefaults();

    /** The provider's refusal, which the message's fate depends on (tried again or failed for good). */
    protected static ProviderException failure(ThrowingCallable send) {
        ProviderException failure = catchThrowableOfType(ProviderException.class, send);
        assertThat(failure).as("the send fails with a ProviderException").isNotNull();
        return failure;
    }

    protected static void assertPermanent(ProviderException failure, String code) {
        assertThat(failure.retryable()).as(failure.getMessage()).isFalse();
        assertThat(failure.getMessage()).contains(code);
    }
}
