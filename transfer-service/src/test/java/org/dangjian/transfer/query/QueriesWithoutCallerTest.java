package org.dangjian.transfer.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.inCity;

import org.dangjian.kit.security.scope.UnscopedQueryException;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.transfer.workflow.TransferMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;

/**
 * Transfers belong to organisations: work with no person calling (a job, a consumer, a public route)
 * reads them only where its code says why. Anything else fails rather than reading every branch's.
 */
class QueriesWithoutCallerTest extends TreeApiTest {
    @Autowired
    TransferMapper transfers;
    @Autowired
    ApproverStepMapper approverSteps;
    @Autowired
    OverdueSteps overdue;
    @Autowired
    TransferStats stats;

    @Test
    void a_query_on_organisation_owned_data_without_a_caller_fails_instead_of_reading_every_organisation() {
        registerInCity(member(branchA, "曹一"), branchC);

        assertThat(failureOf(() -> transfers.selectList(null))).as("a mapper query on transfers")
                .isInstanceOf(UnscopedQueryException.class);
        assertThat(failureOf(() -> approverSteps.selectCount(null))).as("a mapper query on approvers' steps")
                .isInstanceOf(UnscopedQueryException.class);
        assertThat(failureOf(() -> overdue.under(null, PageQuery.of(1, 20)))).as("the overdue list's plain SQL")
                .isInstanceOf(UnscopedQueryException.class);
        assertThat(failureOf(() -> stats.of(null, null, today().getYear()))).as("the yearly figures' plain SQL")
                .isInstanceOf(UnscopedQueryException.class);
    }

    /** The innermost cause: MyBatis wraps what the scope threw. */
    private static Throwable failureOf(Runnable query) {
        Throwable thrown = catchThrowable(query::run);
        assertThat(thrown).as("the query must fail").isNotNull();
        return NestedExceptionUtils.getMostSpecificCause(thrown);
    }

    /** A member of {@code branch}, announced as member-service announces one, once this service's roster has them. */
    private long member(long branch, String name) {
        return known(jdbc, announceMember(branch, name));
    }

    /** Registers an in-city transfer of {@code member} to {@code toBranch} as the city administrator. */
    private long registerInCity(long member, long toBranch) {
        return ok(post(cityAdmin, "/api/transfers", inCity(member, toBranch, today()))).get("id").asLong();
    }
}
