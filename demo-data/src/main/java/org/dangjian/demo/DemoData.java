package org.dangjian.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Loads a Kunshan-shaped data set into a running platform through its public import APIs, as a city's
 * organisation department would: first the organisation tree in one file, then the members area by
 * area (each town's file); then it turns rankings on for two towns, plans a few meetings at demo venues and lays out
 * the Party school's courses. The data comes from a fixed seed, so every run generates the same people. On a platform
 * that already holds members only the courses that are missing are added.
 *
 * <pre>java -jar demo-data.jar --gateway=http://127.0.0.1:8080 --password=… [--members=65000] [--seed=…] [--out=dir]</pre>
 */
public final class DemoData {
    private final Gateway gateway;
    private final int memberCount;
    private final long seed;
    private final Path out;

    private DemoData(Gateway gateway, int memberCount, long seed, Path out) {
        this.gateway = gateway;
        this.memberCount = memberCount;
        this.seed = seed;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String password = options.getOrDefault("password", System.getenv("DJ_ADMIN_PASSWORD"));
        if (password == null || password.isBlank()) {
            fail("the administrator's password is needed: --password=… (./platform demo passes it)");
        }
        Gateway gateway = new Gateway(options.getOrDefault("gateway", "http://127.0.0.1:8080"));
        gateway.login(options.getOrDefault("username", "admin"), password);
        DemoData demo = new DemoData(gateway, Integer.parseInt(options.getOrDefault("members", "65000")),
                Long.parseLong(options.getOrDefault("seed", "20261125")),
                options.containsKey("out") ? Path.of(options.get("out")) : null);
        demo.run();
    }

    private void run() throws IOException, InterruptedException {
        Gateway.Reply existing = gateway.get("/api/members?size=1");
        if (existing.ok() && existing.body().path("total").asLong() > 0) {
            say("The platform already holds " + existing.body().path("total").asLong()
                    + " members: not loaded again (./platform reset, then up, to start from an empty platform).");
            loadCourses();
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(seed);
        List<OrgRow> orgs = KunshanTree.generate(random);
        List<OrgRow> branches = orgs.stream().filter(OrgRow::holdsMembers).toList();
        People people = new People(random, LocalDate.now());
        List<MemberRow> members = people.forBranches(branches, memberCount);
        say("Generated " + orgs.size() + " organisations (" + branches.size() + " branches) and " + members.size()
                + " members in " + seconds(started) + " s");

        importOrgs(orgs);
        Map<String, List<MemberRow>> byArea = members.stream()
                .collect(Collectors.groupingBy(MemberRow::area, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> areaNames = orgs.stream().filter(o -> o.parentCode() == null)
                .collect(Collectors.toMap(OrgRow::code, OrgRow::name));
        long membersStarted = System.nanoTime();
        for (Map.Entry<String, List<MemberRow>> area : byArea.entrySet()) {
            importMembers(areaNames.get(area.getKey()), area.getKey(), area.getValue());
        }
        say("Imported " + members.size() + " members in " + seconds(membersStarted) + " s; all done in "
                + seconds(started) + " s");
        DemoRankings.turnOn(gateway);
        new DemoMeetings(gateway, Clock.systemUTC(), pause -> Thread.sleep(pause.toMillis())).run(orgs);
        importCases(new DemoRecruitment(random, people, LocalDate.now()), branches);
        int[] admitted = new DemoAdmissions(gateway).run();
        say("Approved " + admitted[0] + " of them as probationary members (" + admitted[1] + " sworn in with the oath's photo)");
        say("Uploaded " + new DemoTemplates(gateway).upload() + " material templates of the development steps");
        loadCourses();
        int[] lectures = new DemoLectures(gateway, Clock.systemUTC(), pause -> Thread.sleep(pause.toMillis())).run();
        say(lectures[0] == 0 ? "The Party school's expert lectures are there already (or were refused): none laid out"
                : "Put " + lectures[0] + " experts on the city's roster, offered " + lectures[1] + " expert lectures and booked "
                + lectures[2] + " places for towns and a village branch");
        int[] cadres = new DemoCadres(gateway, random, Clock.systemUTC(), pause -> Thread.sleep(pause.toMillis())).run(orgs);
        say(cadres[0] == 0 ? "Cadres are recorded already (or cadre-service refused them): none recorded"
                : "Recorded the cadres of " + cadres[0] + " villages and communities of 周市, 张浦 and 千灯: " + cadres[1]
                + " cadres, " + cadres[2] + " posts (the 2026 election's secretaries and committees), " + cadres[3]
                + " reserves; this quarter's update confirmed by " + cadres[4] + " of them (the rest open), "
                + cadres[5] + " secretaries graded for last year");
        Gateway.Reply stats = gateway.get("/api/members/stats");
        if (stats.ok()) {
            say("City statistics now: " + stats.body().path("total").asLong() + " members");
        }
    }

    /** The Party school's courses, those not there yet (learning-service's list is asked first). */
    private void loadCourses() throws InterruptedException {
        long started = System.nanoTime();
        DemoCourses.Loaded loaded = new DemoCourses(gateway, LocalDate.now(ZoneId.of("Asia/Shanghai")),
                pause -> Thread.sleep(pause.toMillis())).load();
        if (loaded.created() == 0) {
            say("The Party school's " + loaded.existing() + " courses are there already: none laid out");
            return;
        }
        say("Laid out " + loaded.created() + " Party school courses, " + loaded.published() + " of them published with "
                + loaded.publishedHours().stripTrailingZeros().toPlainString() + " class hours (chapters released month by"
                + " month, the last ones in the coming months)" + (loaded.existing() > 0 ? "; " + loaded.existing()
                + " were there already" : "") + ", in " + seconds(started) + " s");
    }

    private void importOrgs(List<OrgRow> orgs) throws IOException {
        long started = System.nanoTime();
        byte[] file = Workbooks.xlsx("组织", OrgRow.HEADER, orgs.stream().map(OrgRow::cells).toList());
        save("组织.xlsx", file);
        Gateway.Reply reply = gateway.upload("/api/orgs/import", "组织.xlsx", file);
        if (reply.ok()) {
            say("Imported " + reply.body().path("imported").asInt() + " organisations in " + seconds(started) + " s");
        } else if (allRowProblems(reply, "ORG_IMPORT_CODE_EXISTS")) {
            say("The organisation tree is already there; going on with the members");
        } else {
            fail("the organisation import was refused: " + describe(reply));
        }
    }

    /**
     * member-service learns new organisations from org-service's events a moment after the org import
     * answers, so a file refused only for organisation codes it does not know yet is sent again.
     */
    /**
     * People part-way through member development, in one workbook through recruitment-service's import (the
     * template's columns, read from the current catalogue); sent again while recruitment-service has not yet
     * heard of the branches.
     */
    private void importCases(DemoRecruitment recruitment, List<OrgRow> branches) throws IOException, InterruptedException {
        Gateway.Reply current = gateway.get("/api/recruitment/catalogues/current");
        if (!current.ok()) {
            fail("recruitment-service's catalogue is not there: " + describe(current));
        }
        List<String> steps = new ArrayList<>();
        current.body().path("catalogue").path("steps").forEach(st -> steps.add(st.path("code").asString() + " "
                + st.path("name").asString()));
        List<String> header = new ArrayList<>(List.of("姓名", "性别", "公民身份号码", "手机号码", "学历", "申请支部编码",
                steps.get(0), "工作单位", "民族"));
        header.addAll(steps.subList(1, steps.size()));
        List<List<Object>> rows = recruitment.rows(branches, header);
        byte[] file = Workbooks.xlsx("发展党员", header, rows);
        save("发展党员.xlsx", file);
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Gateway.Reply reply = gateway.upload("/api/recruitment/cases/import", "发展党员.xlsx", file);
            if (reply.ok()) {
                say("Opened " + reply.body().path("imported").asInt() + " member-development cases at every stage up to"
                        + " the approval, in " + seconds(started) + " s");
                return;
            }
            if (attempt < 30 && onlyColumn(reply, "申请支部编码")) {
                Thread.sleep(2_000);
                continue;
            }
            fail("the member-development import was refused: " + describe(reply));
        }
    }

    private void importMembers(String areaName, String areaCode, List<MemberRow> rows)
            throws IOException, InterruptedException {
        String filename = "党员-" + areaCode + ".xlsx";
        byte[] file = Workbooks.xlsx("党员", MemberRow.HEADER, rows.stream().map(MemberRow::cells).toList());
        save(filename, file);
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Gateway.Reply reply = gateway.upload("/api/members/import", filename, file);
            if (reply.ok()) {
                say(String.format("  %-12s %6d members in %5.1f s", areaName, reply.body().path("imported").asInt(),
                        (System.nanoTime() - started) / 1e9));
                return;
            }
            if (attempt < 30 && onlyColumn(reply, "所在组织编码")) {
                Thread.sleep(2_000);
                continue;
            }
            fail("the member import of " + areaName + " was refused: " + describe(reply));
        }
    }

    private static boolean allRowProblems(Gateway.Reply reply, String code) {
        JsonNode rows = reply.body() == null ? null : reply.body().get("rows");
        if (rows == null || rows.isEmpty()) {
            return false;
        }
        for (JsonNode row : rows) {
            if (!code.equals(row.path("code").asString())) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyColumn(Gateway.Reply reply, String column) {
        JsonNode rows = reply.body() == null ? null : reply.body().get("rows");
        if (reply.status() != 400 || rows == null || rows.isEmpty()) {
            return false;
        }
        for (JsonNode row : rows) {
            if (!column.equals(row.path("column").asString())) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Gateway.Reply reply) {
        if (reply.body() == null) {
            return "HTTP " + reply.status();
        }
        JsonNode rows = reply.body().get("rows");
        String detail = "HTTP " + reply.status() + " " + reply.body().path("code").asString() + " "
                + reply.body().path("detail").asString();
        if (rows != null) {
            StringBuilder first = new StringBuilder();
            for (int i = 0; i < Math.min(rows.size(), 5); i++) {
                JsonNode row = rows.get(i);
                first.append("\n    row ").append(row.path("row").asInt()).append(' ').append(row.path("column").asString())
                        .append(": ").append(row.path("message").asString());
            }
            detail += first + (rows.size() > 5 ? "\n    … " + (rows.size() - 5) + " more" : "");
        }
        return detail;
    }

    private void save(String name, byte[] file) throws IOException {
        if (out != null) {
            Files.createDirectories(out);
            Files.write(out.resolve(name), file);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                fail("unknown argument '" + arg + "'; use --name=value");
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static String seconds(long startedNanos) {
        return String.format("%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static void say(String line) {
        System.out.println(line);
    }

    private static void fail(String message) {
        System.err.println("demo: " + message);
        System.exit(1);
    }
}
