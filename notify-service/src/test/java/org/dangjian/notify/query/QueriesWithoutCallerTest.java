package org.dangjian.notify.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.Duration;
import java.time.LocalDate;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.kit.security.scope.DataScope;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.UnscopedQueryException;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.StubbedProviders;
import org.dangjian.notify.message.Message;
import org.dangjian.notify.message.MessageMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;

/**
 * Messages belong to their recipients' organisations: work with no person calling (a consumer, the
 * delivery worker, the report route) reads or changes them only where its code says why. Anything else
 * fails rather than reading every branch's messages.
 */
@StubbedProviders
class QueriesWithoutCallerTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    MessageMapper messages;
    @Autowired
    MessageQuery query;

    @Test
    void a_query_on_organisation_owned_data_without_a_caller_fails_instead_of_reading_every_organisation() {
        assertThat(failureOf(() -> messages.selectCount(null))).as("a mapper query on messages")
                .isInstanceOf(UnscopedQueryException.class);
        assertThat(failureOf(() -> query.list(new MessageQuery.Filter(null, null, null, null, null, null),
                PageQuery.of(1, 20), null))).as("the message log outside a request")
                .isInstanceOf(UnscopedQueryException.class);
        assertThat(failureOf(() -> ScopedSql.of("SELECT COUNT(*) FROM message WHERE phone_idx = ?")))
                .as("plain SQL on messages, passed through the kit as the service's statements are")
                .isInstanceOf(UnscopedQueryException.class);
    }

    @Test
    void work_that_says_why_sees_the_messages_of_every_organisation() {
        long a = recipients.member(branchA, pathOf(branchA), "蒋涛", phone());
        long b = recipients.member(branchB, pathOf(branchB), "沈月", phone());
        greet(a, branchA, "蒋涛");
        greet(b, branchB, "沈月");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM message"
                + " WHERE recipient_key IN (?, ?)", "member:" + a, "member:" + b) == 2);

        long seen = DataScope.unscoped("this test reads both branches' greetings", () -> messages.selectCount(
                new QueryWrapper<Message>().in("recipient_key", "member:" + a, "member:" + b)));
        assertThat(seen).isEqualTo(2);
    }

    private void greet(long member, long branch, String name) {
        publish(new MemberPoliticalBirthday(member, branch, pathOf(branch), name, LocalDate.of(2006, 7, 1), 20,
                today()));
    }

    /** The innermost cause: MyBatis and the SQL parser wrap what the scope threw. */
    private static Throwable failureOf(Runnable work) {
        Throwable thrown = catchThrowable(work::run);
        assertThat(thrown).as("the query must fail").isNotNull();
        return NestedExceptionUtils.getMostSpecificCause(thrown);
    }
}
