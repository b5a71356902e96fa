package org.dangjian.member.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dangjian.member.NewMember.member;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.dangjian.kit.security.scope.DataScope;
import org.dangjian.kit.security.scope.UnscopedQueryException;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.member.search.MemberSearch;
import org.dangjian.member.search.MemberSearchCriteria;
import org.dangjian.member.search.SearchSort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Scope is denied by default: work that runs with no person calling (a job, a consumer, a service route)
 * and touches members fails unless it says why it may see every organisation's members.
 */
class UnscopedWorkTest extends TreeApiTest {
    @Autowired
    MemberMapper members;
    @Autowired
    MemberSearch search;

    @Test
    void aQueryOnMembersWithoutACallerFailsInsteadOfReadingEveryBranch() {
        long id = register(member(branchA, "郑十", "MALE", idNumber(LocalDate.of(1983, 4, 4), true), null, "1983-04-04"))
                .get("id").asLong();

        Throwable mapperRead = catchThrowable(() -> members.selectById(id));
        assertThat(causes(mapperRead)).as("a mapper read outside any request").anyMatch(UnscopedQueryException.class::isInstance);
        Throwable search = catchThrowable(() -> this.search.find(criteria(), SearchSort.parse(null), PageQuery.of(1, 20)));
        assertThat(causes(search)).as("a whole feature outside any request").anyMatch(UnscopedQueryException.class::isInstance);

        Member declared = DataScope.unscoped("the test reads its own member as a job would", () -> members.selectById(id));
        assertThat(declared.getName()).as("work that states why runs").isEqualTo("郑十");
    }

    private static MemberSearchCriteria criteria() {
        return new MemberSearchCriteria(null, true, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Stream<Throwable> causes(Throwable thrown) {
        return Stream.iterate(thrown, t -> t != null, Throwable::getCause);
    }

    /** Registers through {@code POST /api/members} as the city administrator; the created record. */
    private JsonNode register(Map<String, Object> member) {
        return ok(post(cityAdmin, "/api/members", member));
    }
}
