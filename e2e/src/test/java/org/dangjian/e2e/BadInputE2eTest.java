package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reliability suite, bad input: every documented operation that takes a JSON body gets 20 to 30 bodies that are wrong
 * in one way each (malformed JSON, the wrong kind of document, a required field missing, a field of the wrong type,
 * a code, date or number no field takes, a string past its length), generated from its schema and sent by the city
 * administrator with the path naming real objects. Each must be refused with a 4xx problem (RFC 9457) naming what
 * was wrong, never a 5xx: a service that cannot read what it was sent says so and keeps nothing. Every body is wrong
 * by construction, so nothing is written.
 */
@Order(Integer.MAX_VALUE - 3)
class BadInputE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int AT_LEAST = 20;
    private static final int AT_MOST = 30;
    /** Not JSON, or not a document any operation reads; each is sent as it is. */
    private static final List<String> MALFORMED = List.of("{", "}", "{\"name\":", "[1, 2", "{'name': 'x'}",
            "{\"name\": \"x\",}", "nul", "{\"value\": NaN}", "{\"a\": [1, }", "<request/>", "\u0000",
            "{\"text\": \"\\ud800\"", "{\"a\": \"unterminated}", "{\"a\" 1}", "[".repeat(3000) + "]".repeat(3000),
            "{\"a\": 01}", "[]", "\"a string\"", "42", "true");
    private static final List<String> GARBAGE = List.of("' OR '1'='1' --", "<script>alert(1)</script>",
            "\u202Eevil\u200B🙂", "../../etc/passwd", "${jndi:ldap://x/a}", "%00", "２０２６－０１－０１");

    @Test
    void everyWriteRefusesBodiesItCannotTakeWithAProblemAndNever500() throws Exception {
        TransferTree tree = new TransferTree(Platform.get());
        BranchObjects objects = new BranchObjects(tree);
        // three sessions that reach branch A's objects, each with its own per-account bucket at the gateway: the
        // calls are spread over them so the run takes seconds, not minutes; open operations go without a token
        List<Api.Session> callers = List.of(tree.city, tree.town1Admin, tree.branchAAdmin);
        Map<String, Integer> sentPerOperation = new TreeMap<>();
        List<Call> calls = new ArrayList<>();
        for (DocumentedOperation op : DocumentedOperation.all()) {
            if (op.body() == null || op.method().equals("GET")) {
                continue;
            }
            String path = objects.pathOrPlaceholder(op.template());
            List<String> bodies = bodies(op);
            sentPerOperation.put(op.key(), bodies.size());
            for (String body : bodies) {
                calls.add(new Call(op, path, body));
            }
        }
        Map<Integer, Integer> byStatus = new ConcurrentSkipListMap<>();
        List<String> wrong = new CopyOnWriteArrayList<>();
        Map<String, Integer> notValidation = new ConcurrentSkipListMap<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        try {
            List<Future<?>> lanes = new ArrayList<>();
            for (int lane = 0; lane < callers.size(); lane++) {
                Api.Session caller = callers.get(lane);
                List<Call> mine = new ArrayList<>();
                for (int i = lane; i < calls.size(); i += callers.size()) {
                    mine.add(calls.get(i));
                }
                lanes.add(pool.submit(() -> {
                    for (Call call : mine) {
                        Api.Reply reply = send(call.op().open() ? null : caller, tree.api, call);
                        byStatus.merge(reply.status(), 1, Integer::sum);
                        if (reply.status() != 400) {
                            notValidation.merge(call.op().key() + " " + reply.status() + " " + reply.code(), 1, Integer::sum);
                        }
                        if (!isProblem(reply)) {
                            wrong.add(call.op().key() + " with " + shorten(call.body()) + ": " + reply.status() + " "
                                    + shorten(reply.raw().body()));
                        }
                    }
                }));
            }
            for (Future<?> lane : lanes) {
                lane.get();
            }
        } finally {
            pool.shutdownNow();
        }

        int sent = calls.size();
        int fiveHundreds = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
        System.out.printf("Bad input: %d bodies to %d operations (%d to %d each) in %d s, answers by status %s, %d × 5xx%n",
                sent, sentPerOperation.size(), sentPerOperation.values().stream().mapToInt(Integer::intValue).min().orElse(0),
                sentPerOperation.values().stream().mapToInt(Integer::intValue).max().orElse(0),
                (System.nanoTime() - started) / 1_000_000_000, byStatus, fiveHundreds);
        // refused before the body was read (the object is not there, the right is missing): said, so a reader sees why
        notValidation.forEach((answer, times) -> System.out.printf("  %s × %d%n", answer, times));
        Reliability.record("bad input", "%d bodies to %d write operations, %d × 5xx, %d not a 4xx problem".formatted(
                sent, sentPerOperation.size(), fiveHundreds, wrong.size()));
        assertThat(sentPerOperation).as("operations with a JSON body").hasSizeGreaterThan(40);
        assertThat(sentPerOperation.values()).allSatisfy(n -> assertThat(n).isBetween(AT_LEAST, AT_MOST));
        assertThat(wrong).as("bodies not refused with a 4xx problem").isEmpty();
    }

    private record Call(DocumentedOperation op, String path, String body) {
    }

    private static boolean isProblem(Api.Reply reply) {
        return reply.status() >= 400 && reply.status() < 500
                && String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json")
                && reply.body() != null && reply.body().has("code");
    }

    /**
     * The call, by {@code who} or without a token (null); a 429 from the gateway's per-account or per-address limit is
     * waited out, as a client would.
     */
    private static Api.Reply send(Api.Session who, Api anonymous, Call call) {
        Api.Reply[] reply = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
            reply[0] = who == null ? anonymous.send(call.op().method(), call.path(), call.body(), null, Map.of())
                    : who.call(call.op().method(), call.path(), call.body());
            return reply[0].status() != 429;
        });
        return reply[0];
    }

    /** Bodies wrong in one way each, from the operation's schema, then malformed ones, 20 to 30 in all. */
    static List<String> bodies(DocumentedOperation op) {
        JsonNode schema = op.body();
        Map<String, Object> valid = new LinkedHashMap<>();
        for (JsonNode name : schema.path("required")) {
            valid.put(name.asString(), example(op, schema.path("properties").path(name.asString())));
        }
        List<String> bodies = new ArrayList<>();
        for (JsonNode name : schema.path("required")) {
            Map<String, Object> missing = new LinkedHashMap<>(valid);
            missing.remove(name.asString());
            bodies.add(json(missing));
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode p = resolved(op, property.getValue());
            for (Object bad : wrongValues(p)) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(property.getKey(), bad);
                bodies.add(json(body));
            }
        }
        List<String> limited = new ArrayList<>(bodies.subList(0, Math.min(bodies.size(), AT_MOST - AT_LEAST)));
        for (String malformed : MALFORMED) {
            if (limited.size() >= AT_MOST) {
                break;
            }
            limited.add(malformed);
        }
        return limited;
    }

    /** Values the property cannot take: another type always; for codes, dates and numbers, values outside them. */
    private static List<Object> wrongValues(JsonNode p) {
        String type = p.path("type").asString();
        List<Object> bad = new ArrayList<>();
        switch (type) {
            case "string" -> {
                bad.add(Map.of("nested", 1));
                if (p.has("enum") || p.has("format") || p.has("pattern")) {
                    bad.addAll(GARBAGE.subList(0, 3));
                }
                if (p.has("maxLength")) {
                    bad.add("长".repeat(p.get("maxLength").asInt() + 1));
                }
            }
            case "integer" -> {
                bad.add("abc");
                bad.add(new java.math.BigInteger("9223372036854775808"));
                if (p.has("minimum")) {
                    bad.add(p.get("minimum").asLong() - 1);
                }
            }
            case "number" -> {
                bad.add("abc");
                bad.add(Map.of("n", 1));
            }
            case "boolean" -> bad.add("maybe");
            case "array" -> bad.add("not a list");
            default -> bad.add(List.of(1, 2));
        }
        return bad;
    }

    private static JsonNode resolved(DocumentedOperation op, JsonNode property) {
        if (property.has("$ref")) {
            return op.component(property.get("$ref").asString());
        }
        if (property.has("allOf") && property.get("allOf").size() == 1 && property.get("allOf").get(0).has("$ref")) {
            return op.component(property.get("allOf").get(0).get("$ref").asString());
        }
        return property;
    }

    private static Object example(DocumentedOperation op, JsonNode property) {
        JsonNode p = resolved(op, property);
        if (property.has("example")) {
            JsonNode example = property.get("example");
            return example.isNumber() ? example.numberValue() : example.isBoolean() ? example.asBoolean()
                    : example.isString() ? example.asString() : Api.JSON.convertValue(example, Object.class);
        }
        if (p.has("enum")) {
            return p.get("enum").get(0).asString();
        }
        return switch (p.path("type").asString()) {
            case "integer", "number" -> 1;
            case "boolean" -> true;
            case "array" -> List.of();
            case "object" -> Map.of();
            default -> "date".equals(p.path("format").asString()) ? LocalDate.now(CHINA).toString() : "说明";
        };
    }

    private static String json(Object body) {
        return Api.JSON.writeValueAsString(body);
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
