package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Reliability suite, clear personal data: after everything the suite wrote (tens of thousands of members through
 * every path the tests take) and a demo-sized load of its own (5,000 members with ID and mobile numbers, through the
 * import the demo uses, and one SMS sign-in code), every text column of every table of every service's schema and
 * every record of every topic (key, value, headers) is read raw, as someone with a copy of the disks or the broker
 * would, and searched for ID numbers (GB 11643, valid check digit), mobile numbers and the code. None may be there
 * in clear outside {@link #EXCEPTIONS}, each of which says why. Runs after the other parts (it reads what they left).
 *
 * <p>{@code ./platform demo} itself refuses a platform that already holds members, so the suite loads the demo's
 * shape of data itself rather than the demo.
 */
@Order(Integer.MAX_VALUE - 2)
class ClearPersonalDataE2eTest {
    private static final int MEMBERS = 5_000;
    private static final List<String> HEADER = List.of("姓名", "性别", "民族", "出生日期", "身份证号", "手机号", "学历",
            "所在组织编码", "人员类别", "入党日期", "转正日期");
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "mysql", "performance_schema", "sys");
    private static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext", "longtext",
            "json", "enum", "set");
    /** Columns allowed to hold a value that looks personal, "schema.table.column" → why. */
    static final Map<String, String> EXCEPTIONS = Map.of();

    @Test
    void noIdNumberPhoneOrOneTimeCodeIsStoredOrPublishedInClear() throws Exception {
        Platform platform = Platform.get();
        TransferTree tree = new TransferTree(platform);
        // the control: an ID and a phone number a secretary typed into a member's notes are stored as typed (the
        // platform cannot know what free text means), so the scan must find them, or it is blind; the same values every
        // run, so a run against a platform kept from an earlier one knows that run's control too
        String typedId = ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, LocalDate.of(1931, 5, 4), true, 123);
        String typedPhone = "13600001931";
        String phone = String.format("137%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long member = registerWithNotes(tree, phone, "家属身份证 " + typedId + "，电话 " + typedPhone);
        ClearValues clear = new ClearValues(smsCode(tree, member, phone));
        Set<String> typed = Set.of(typedId, typedPhone);
        load(tree);

        long started = System.nanoTime();
        Map<String, Integer> found = new TreeMap<>();
        Map<String, String> samples = new TreeMap<>();
        Map<String, Integer> control = new TreeMap<>();
        int[] scanned = scanDatabase(platform, clear, typed, found, samples, control);
        int[] topics = scanTopics(platform, clear, typed, found, samples, control);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        Map<String, Integer> unexplained = found.entrySet().stream()
                .filter(e -> !EXCEPTIONS.containsKey(e.getKey().substring(0, e.getKey().lastIndexOf(' '))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        System.out.printf("Clear personal data: %d columns of %d tables (%d rows) and %d records of %d topics scanned in"
                        + " %d s; found %s (samples %s); outside the exceptions: %s; the typed control found at %s%n",
                scanned[0], scanned[1], scanned[2], topics[1], topics[0], seconds, found, samples, unexplained, control);
        Reliability.record("clear personal data", "%d tables (%d rows), %d topics (%d records) scanned: %d clear values outside the %d exceptions"
                .formatted(scanned[1], scanned[2], topics[0], topics[1],
                        unexplained.values().stream().mapToInt(Integer::intValue).sum(), EXCEPTIONS.size()));
        assertThat(scanned[2]).as("rows read").isGreaterThan(MEMBERS);
        assertThat(topics[1]).as("records read").isGreaterThan(MEMBERS);
        assertThat(control.keySet()).as("the numbers typed into the notes, found where they were typed")
                .anyMatch(k -> k.endsWith(".notes ID_NUMBER")).anyMatch(k -> k.endsWith(".notes PHONE"));
        assertThat(unexplained).as("clear ID numbers, phones or codes (schema.table.column or topic, kind → count)").isEmpty();
    }

    /** 5,000 members with ID and mobile numbers, imported into a branch of its own. */
    private static void load(TransferTree tree) {
        int salt = ThreadLocalRandom.current().nextInt(500);
        int phoneBase = ThreadLocalRandom.current().nextInt(10_000) * 10_000;
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            LocalDate birth = LocalDate.of(1955, 1, 1).plusDays(i / 2);
            boolean male = i % 2 == 0;
            LocalDate joined = birth.plusYears(25);
            String phone = String.format("138%08d", phoneBase + i);
            rows.add(List.of("扫描" + i, male ? "男" : "女", "汉族", birth.toString(),
                    ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, birth, male, salt), phone, "大学本科", tree.branchACode,
                    "正式党员", joined.toString(), joined.plusYears(1).toString()));
        }
        byte[] sheet = Sheets.xlsx("党员", HEADER, rows);
        Api.Reply[] imported = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            imported[0] = tree.city.upload("/api/members/import", "members.xlsx", Sheets.XLSX, sheet);
            return imported[0].status() == 200;
        });
        assertThat(imported[0].body().get("imported").asInt()).isEqualTo(MEMBERS);
    }

    /** A member with a phone and these notes, registered one by one; returns the id. */
    private static long registerWithNotes(TransferTree tree, String phone, String notes) {
        LocalDate birth = LocalDate.of(1932, 2, 3);
        Api.Reply[] created = new Api.Reply[1];
        // member-service learns the new branch from org-service's events a moment after it was created
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            created[0] = tree.city.post("/api/members", Map.of("orgId", String.valueOf(tree.branchA), "name", "备注",
                    "gender", "FEMALE", "idNumber", IdNumbers.make(birth, false), "birthDate", birth.toString(),
                    "joinDate", birth.plusYears(25).toString(), "standing", "FULL", "phone", phone, "notes", notes));
            return created[0].status() != 400 && created[0].status() != 404;
        });
        assertThat(created[0].status()).as(created[0].raw().body()).isEqualTo(201);
        return created[0].body().get("id").asLong();
    }

    /** A sign-in code sent by SMS to a member's phone, read from its sealed event as notify-service reads it. */
    private static String smsCode(TransferTree tree, long memberId, String phone) {
        // org-service opens the member's account when member.registered reaches it (one code per phone a minute:
        // asked once the account is there)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> tree.city
                .get("/api/auth/audit?username=m" + memberId + "&action=ACCOUNT_CREATE").body().get("total").asInt() > 0);
        assertThat(tree.api.send("POST", "/api/auth/sms-code", Map.of("phone", phone), null, Map.of()).status()).isEqualTo(202);
        return Events.awaitOpened("dj.auth.v1", "dj.auth.login-code-requested.v1",
                e -> phone.equals(e.path("phone").asString()), Duration.ofSeconds(30)).get("code").asString();
    }

    /** Every text column of every table of every schema; returns columns, tables and rows read. */
    private static int[] scanDatabase(Platform platform, ClearValues clear, Set<String> typed, Map<String, Integer> found,
                                      Map<String, String> samples, Map<String, Integer> control) throws Exception {
        Map<String, String> infra = platform.infraEnv();
        int columns = 0;
        int tables = 0;
        int rows = 0;
        try (Connection db = DriverManager.getConnection(infra.get("DJ_DB_URL") + "/?useCursorFetch=true",
                infra.get("SPRING_DATASOURCE_USERNAME"), infra.get("SPRING_DATASOURCE_PASSWORD"))) {
            Map<String, List<String>> textColumns = new LinkedHashMap<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT table_schema, table_name, column_name, data_type"
                         + " FROM information_schema.columns c WHERE EXISTS (SELECT 1 FROM information_schema.tables t"
                         + " WHERE t.table_schema = c.table_schema AND t.table_name = c.table_name"
                         + " AND t.table_type = 'BASE TABLE') ORDER BY table_schema, table_name, ordinal_position")) {
                while (rs.next()) {
                    if (!SYSTEM_SCHEMAS.contains(rs.getString(1)) && TEXT_TYPES.contains(rs.getString(4).toLowerCase())) {
                        textColumns.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), t -> new ArrayList<>())
                                .add(rs.getString(3));
                    }
                }
            }
            for (Map.Entry<String, List<String>> table : textColumns.entrySet()) {
                tables++;
                columns += table.getValue().size();
                String[] names = table.getKey().split("\\.");
                String select = table.getValue().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
                try (Statement st = db.createStatement()) {
                    st.setFetchSize(1_000);
                    try (ResultSet rs = st.executeQuery("SELECT " + select + " FROM `" + names[0] + "`.`" + names[1] + "`")) {
                        while (rs.next()) {
                            rows++;
                            for (int i = 0; i < table.getValue().size(); i++) {
                                note(table.getKey() + "." + table.getValue().get(i), clear.in(rs.getString(i + 1)),
                                        typed, found, samples, control);
                            }
                        }
                    }
                }
            }
        }
        return new int[] {columns, tables, rows};
    }

    /** Every record of every topic from its beginning: key, value and headers; returns topics and records read. */
    private static int[] scanTopics(Platform platform, ClearValues clear, Set<String> typed, Map<String, Integer> found,
                                    Map<String, String> samples, Map<String, Integer> control) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap());
        Set<String> topics;
        try (Admin admin = Admin.create(props)) {
            topics = admin.listTopics().names().get();
        }
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-clear-data-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        int records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    StringBuilder text = new StringBuilder();
                    text.append(string(record.key())).append('\u001f').append(string(record.value()));
                    for (Header header : record.headers()) {
                        text.append('\u001f').append(string(header.value()));
                    }
                    note("topic " + record.topic(), clear.in(text.toString()), typed, found, samples, control);
                }
            }
        }
        return new int[] {topics.size(), records};
    }

    private static String string(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static void note(String where, List<ClearValues.Found> values, Set<String> typed,
                             Map<String, Integer> found, Map<String, String> samples, Map<String, Integer> control) {
        for (ClearValues.Found value : values) {
            String key = where + " " + value.kind();
            if (typed.contains(value.value())) {
                control.merge(key, 1, Integer::sum);
                continue;
            }
            found.merge(key, 1, Integer::sum);
            samples.putIfAbsent(key, value.masked());
        }
    }
}
