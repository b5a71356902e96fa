package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other end-to-end test (junit-platform.properties orders classes): the wire check of
 * {@link WireContract} is only worth something if the suite exercised most of what the documents promise.
 * Prints the operations no test called.
 */
@Order(Integer.MAX_VALUE)
class ApiCoverageE2eTest {
    static final double REQUIRED = 0.80;

    @Test
    @SuppressWarnings("unchecked")
    void the_suite_exercised_at_least_80_percent_of_the_documented_operations() {
        var figures = WireContract.coverage();
        Set<String> documented = (Set<String>) figures.get("documented");
        Set<String> missed = (Set<String>) figures.get("missed");
        if (documented.isEmpty()) {
            // Run alone (-Dtest=ApiCoverageE2eTest): no other test called anything.
            System.out.println("API coverage: no calls were made in this run");
            return;
        }
        int exercised = documented.size() - missed.size();
        double share = (double) exercised / documented.size();
        System.out.printf("API coverage: %d of %d documented operations exercised through the gateway (%.0f%%)%n",
                exercised, documented.size(), share * 100);
        missed.forEach(op -> System.out.println("  not exercised: " + op));
        assertThat(share).as("share of documented operations the suite exercised; not exercised: %s", missed)
                .isGreaterThanOrEqualTo(REQUIRED);
    }
}
