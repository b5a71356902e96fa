package org.dangjian.transfer.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.transfer.TransferTestSupport;
import tools.jackson.databind.JsonNode;

/** What the query tests add to the tree: members' own tokens, decisions in one line, a page's ids. */
abstract class QueryTestSupport extends TransferTestSupport {

    /** The token a member of {@code branch} gets when logging in to the mini-program. */
    protected String memberToken(long member, long branch) {
        return TestTokens.token(nextId(), "member-" + member, branch, pathOf(branch), List.of("MEMBER"), member,
                Duration.ofMinutes(15));
    }

    protected String auditorToken(long org, String path) {
        return TestTokens.token(nextId(), "auditor-" + org, org, path, List.of("AUDITOR"), null,
                Duration.ofMinutes(15));
    }

    protected JsonNode act(String token, long transfer, String action, String comment) {
        var result = post(token, "/api/transfers/" + transfer + "/" + action,
                comment == null ? Map.of() : Map.of("comment", comment));
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(action + " failed: " + result.getResponse().getStatus());
        }
        return body(result);
    }

    protected JsonNode page(String token, String uri) {
        var result = get(token, uri);
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(uri + " answered " + result.getResponse().getStatus() + " "
                    + new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return body(result);
    }

    /** The transfer ids of a page of transfers, in order. */
    protected static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
