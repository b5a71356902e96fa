package org.dangjian.points.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.dangjian.kit.security.scope.DataScope;
import org.dangjian.kit.security.scope.UnscopedQueryException;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.dangjian.points.roster.RosterMemberMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule: a query on organisation-owned data without a caller fails. Outside any request (as in a job or
 * an event consumer that forgot to say why it may see every organisation) reading an activity, its
 * photos or a member's roster row is refused instead of reading every branch's rows; with a declared
 * reason the same read runs.
 */
class QueryWithoutCallerTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;
    @Autowired
    ActivityMapper activities;
    @Autowired
    ActivityQuery activityQuery;
    @Autowired
    ActivityPhotos photos;
    @Autowired
    RosterMemberMapper roster;

    @Test
    void a_query_on_organisation_owned_data_without_a_caller_fails() {
        long m = members.ranked(announceMember(branchA, "秦川"));
        long activity = body(post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type",
                "STUDY", "date", today().toString(), "topic", "学习党章", "attendance",
                List.of(Map.of("memberId", m, "presence", "PRESENT"))))).get("id").asLong();

        assertUnscopedQueryFails(() -> activities.selectById(activity));
        assertUnscopedQueryFails(() -> activityQuery.one(activity));
        assertUnscopedQueryFails(() -> photos.of(activity));
        assertUnscopedQueryFails(() -> roster.selectById(m));

        assertThat(DataScope.unscoped("test: the same read with a declared reason", () -> activities.selectById(activity))
                .getOrgId()).isEqualTo(branchA);
        assertThat(DataScope.unscoped("test: the same read with a declared reason", () -> roster.selectById(m))
                .getName()).isEqualTo("秦川");
    }

    private static void assertUnscopedQueryFails(Runnable query) {
        assertThatThrownBy(query::run).satisfies(e -> {
            Throwable cause = e;
            while (cause != null && !(cause instanceof UnscopedQueryException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("UnscopedQueryException in the cause chain of %s", e).isNotNull();
        });
    }
}
