package org.dangjian.member;

import java.util.HashMap;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import tools.jackson.databind.JsonNode;

/** Registers members as the city administrator and takes them through the lifecycle routes. */
public abstract class LifecycleApiTest extends TreeApiTest {

    /** Registers through {@code POST /api/members}, then calls the member's lifecycle routes; the new id. */
    protected long register(NewMember member) {
        long id = ok(post(cityAdmin, "/api/members", member.body())).get("id").asLong();
        for (NewMember.Action action : member.afterwards()) {
            act(id, action.route(), action.body());
        }
        return id;
    }

    /** {@code POST /api/members/{id}/{route}} against the version read now; the record as changed. */
    protected JsonNode act(long id, String route, Map<String, Object> body) {
        return ok(post(cityAdmin, "/api/members/" + id + "/" + route, withVersion(id, body)));
    }

    protected Map<String, Object> withVersion(long id, Map<String, Object> body) {
        Map<String, Object> versioned = new HashMap<>(body);
        versioned.put("version", ok(get(cityAdmin, "/api/members/" + id)).get("version").asInt());
        return versioned;
    }
}
