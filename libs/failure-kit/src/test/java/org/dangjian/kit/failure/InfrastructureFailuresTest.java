package org.dangjian.kit.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class InfrastructureFailuresTest {

    @Test
    void aDatabaseOrNetworkThatIsNotThereIsInfrastructureHoweverDeepItIsWrapped() {
        assertThat(InfrastructureFailures.isInfrastructure(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("pool timed out")))).isTrue();
        assertThat(InfrastructureFailures.isInfrastructure(new IllegalStateException("mapper failed",
                new RuntimeException(new CannotGetJdbcConnectionException("refused"))))).isTrue();
        assertThat(InfrastructureFailures.isInfrastructure(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void onlyARefusedConnectionIsSafeToSendAgain() {
        assertThat(InfrastructureFailures.isRefusedConnection(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(InfrastructureFailures.isRefusedConnection(new RuntimeException(
                new java.net.SocketTimeoutException("read timed out")))).isFalse();
    }

    @Test
    void aFailureOfTheDataItselfIsNot() {
        assertThat(InfrastructureFailures.isInfrastructure(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(InfrastructureFailures.isInfrastructure(new IllegalArgumentException("bad"))).isFalse();
    }

    @Test
    void aCauseTheCallerKnowsToBeItsOwnDecidesNoWhateverItWraps() {
        IllegalArgumentException own = new IllegalArgumentException("malformed", new ConnectException("refused"));
        assertThat(InfrastructureFailures.isInfrastructure(own, IllegalArgumentException.class)).isFalse();
        assertThat(InfrastructureFailures.isInfrastructure(own)).isTrue();
    }
}
