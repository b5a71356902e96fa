package org.dangjian.deploy.launcher.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.Settings;
import org.dangjian.deploy.launcher.run.EnvFile;
import org.dangjian.deploy.launcher.run.RunFolder;
import org.dangjian.kit.catalog.ServiceCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the launcher would start each process, worked out from a repository holding org-service's real
 * description and a fake service's, and a run folder as local-infra and the registry leave it. No process runs.
 */
class PlannerTest {
    static final String FAKE = """
            name: fake-service
            summary: a service only this test knows
            areas: [fakes]
            schema: dj_fake
            redis: true
            publishes: [dj.fake.v1]
            consumes: [dj.org.v1]
            calls: [org-service]
            storage: true
            memory:
              heap-mb: 96
              budget-mb: 200
            """;
    static final String QUIET = """
            name: quiet-service
            summary: calls nobody, keeps no files, no Redis
            areas: [quiet]
            schema: dj_quiet
            redis: false
            calls: []
            storage: false
            memory:
              heap-mb: 64
              budget-mb: 128
            """;

    @TempDir
    Path repository;
    @TempDir
    Path runDir;
    RunFolder run;
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final Console console = new Console(new PrintStream(printed, true), new PrintStream(printed, true), false);

    @BeforeEach
    void aRepositoryAndARunFolderAfterInfrastructureAndRegistryStarted() throws IOException {
        describe("fake-service", FAKE);
        describe("quiet-service", QUIET);
        describe("org-service", Files.readString(Path.of("../../org-service/service.yaml")));
        run = new RunFolder(runDir);
        run.prepare();
        Map<String, String> infra = new LinkedHashMap<>();
        infra.put("SPRING_DATASOURCE_USERNAME", "root");
        infra.put("SPRING_DATASOURCE_PASSWORD", "");
        infra.put("DJ_DB_URL", "jdbc:mysql://127.0.0.1:33060/");
        infra.put("SPRING_DATA_REDIS_URL", "redis://127.0.0.1:63790");
        infra.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
        EnvFile.write(run.infraEnv(), infra);
        EnvFile.write(run.envFile("registry"), Map.of("SERVER_PORT", "18761"));
    }

    @Test
    void aNewServiceDescriptionIsStartedWithItsSchemaHeapAndSecret() {
        Planner planner = plannerAfterFirstUp(Map.of());

        ProcessPlan fake = planner.plan(member("fake-service"), false);

        assertThat(fake.environment().get("SPRING_DATASOURCE_URL"))
                .startsWith("jdbc:mysql://127.0.0.1:33060/dj_fake?").contains("connectionTimeZone=UTC");
        assertThat(fake.javaOptions()).contains("-Xmx96m", "-XX:+UseSerialGC");
        assertThat(fake.environment().get("DJ_SERVICE_SECRET_FAKE_SERVICE")).isNotBlank()
                .isEqualTo(EnvFile.read(run.secretsEnv()).get("DJ_SERVICE_SECRET_FAKE_SERVICE"));
        assertThat(fake.environment()).containsEntry("DJ_DEV_MODE", "true")
                .containsEntry("DJ_STORAGE_LOCALROOT", runDir.resolve("data/storage").toString())
                .containsEntry("SPRING_DATA_REDIS_URL", "redis://127.0.0.1:63790")
                .containsEntry("SERVER_PORT", "0")
                .containsEntry("EUREKA_CLIENT_SERVICEURL_DEFAULTZONE", "http://dangjian:"
                        + EnvFile.read(run.secretsEnv()).get("DJ_REGISTRY_PASSWORD") + "@127.0.0.1:18761/eureka/")
                .containsKeys("DJ_CRYPTO_KEYS_K1", "DJ_CRYPTO_ACTIVE_KEY_ID", "DJ_CRYPTO_BLIND_INDEX_KEY")
                .as("a service carries the registry's password only in its registry URL")
                .doesNotContainKey("DJ_REGISTRY_PASSWORD");
        assertThat(fake.arguments()).isEmpty();
        Path jar = repository.resolve("fake-service/target/fake-service.jar");
        assertThat(fake.member().jar()).isEqualTo(jar);
        assertThat(fake.command("java", jar, List.of())).containsSubsequence("java", "-Xmx96m", "-jar", jar.toString());
    }

    @Test
    void aServiceTooBusyToSendHeartbeatsForAMinuteStaysInDiscovery() {
        Map<String, String> env = plannerAfterFirstUp(Map.of()).plan(member("org-service"), false).environment();

        int renewal = Integer.parseInt(env.get("EUREKA_INSTANCE_LEASERENEWALINTERVALINSECONDS"));
        int expiry = Integer.parseInt(env.get("EUREKA_INSTANCE_LEASEEXPIRATIONDURATIONINSECONDS"));
        assertThat(expiry).as("lease expiry (s)").isGreaterThan(60);
        assertThat(renewal).as("heartbeats per lease").isLessThanOrEqualTo(expiry / 10);
    }

    @Test
    void theTokenIssuerGetsEveryCallersSecretAndTheGeneratedAdministratorPassword() {
        Planner planner = plannerAfterFirstUp(Map.of());

        Map<String, String> org = planner.plan(member("org-service"), false).environment();

        assertThat(org.get("DJ_SERVICE_SECRET_FAKE_SERVICE"))
                .isEqualTo(planner.plan(member("fake-service"), false).environment().get("DJ_SERVICE_SECRET_FAKE_SERVICE"));
        assertThat(org.get("DJ_ADMIN_PASSWORD")).isEqualTo(Secrets.adminPassword(run).orElseThrow());
        assertThat(org.get("SPRING_DATASOURCE_URL")).contains("/dj_org?");
        assertThat(planner.plan(member("fake-service"), false).environment()).doesNotContainKey("DJ_ADMIN_PASSWORD");
    }

    @Test
    void aServiceThatCallsNobodyKeepsNoFilesAndUsesNoRedisGetsNoneOfThem() {
        Map<String, String> quiet = plannerAfterFirstUp(Map.of()).plan(member("quiet-service"), false).environment();

        assertThat(quiet.keySet()).noneMatch(k -> k.startsWith("DJ_SERVICE_SECRET_"))
                .doesNotContain("DJ_STORAGE_LOCALROOT", "SPRING_DATA_REDIS_URL", "DJ_ADMIN_PASSWORD");
        assertThat(quiet).containsKeys("DJ_CRYPTO_KEYS_K1", "SPRING_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void localInfraCreatesEveryDescribedSchemaAndKeepsItsTemporaryFilesInTheRunFolder() {
        ProcessPlan infra = plannerAfterFirstUp(Map.of("DJ_SERVICES", "org-service")).plan(lineup(Map.of("DJ_SERVICES", "org-service")).infra(), false);

        assertThat(infra.arguments()).containsExactly("--run-dir", runDir.toString(), "dj_fake", "dj_org", "dj_quiet");
        assertThat(infra.javaOptions()).contains("-Xmx512m", "-Djava.io.tmpdir=" + runDir.resolve("tmp"))
                .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(infra.environment()).containsEntry("DJ_RUN_DIR", runDir.toString()).containsEntry("DJ_DEV_MODE", "true");
    }

    @Test
    void everyProcessRunsInDevelopmentModeWithTheHeapOfItsKind() {
        Planner planner = plannerAfterFirstUp(Map.of());
        Lineup lineup = lineup(Map.of());

        for (Member m : lineup.all()) {
            assertThat(planner.plan(m, false).environment()).as(m.name()).containsEntry("DJ_DEV_MODE", "true");
        }
        assertThat(planner.plan(lineup.gateway(), false).javaOptions()).contains("-Xmx128m");
        assertThat(planner.plan(lineup.registry(), false).javaOptions()).contains("-Xmx128m");
    }

    @Test
    void everyJavaProcessReadsTheClockThatPlatformClockMoves() {
        Planner planner = plannerAfterFirstUp(Map.of());
        Lineup lineup = lineup(Map.of());

        for (Member m : lineup.all()) {
            if (m.kind() != Kind.INFRA) {
                assertThat(planner.plan(m, false).environment()).as(m.name())
                        .containsEntry("DJ_CLOCK_FILE", runDir.resolve("clock-offset").toString());
            }
        }
        assertThat(planner.plan(lineup.gateway(), false).environment()).containsEntry("SERVER_PORT", "18080")
                .doesNotContainKey("DJ_CRYPTO_KEYS_K1");
    }

    @Test
    void djJavaOptsReplacesTheDefaultsAndItsOwnHeapWins() {
        Planner planner = plannerAfterFirstUp(Map.of("DJ_JAVA_OPTS", "-XX:+UseParallelGC -Xmx300m"));

        ProcessPlan fake = planner.plan(member("fake-service"), false);

        assertThat(fake.javaOptions()).containsSubsequence("-Xmx96m", "-XX:+UseParallelGC", "-Xmx300m")
                .doesNotContain("-XX:+UseSerialGC");
    }

    @Test
    void aStartKeepsThePreviousPassThroughValuesAndJvmOptionsUnlessTheCallerSetsThem() {
        EnvFile.write(run.envFile("fake-service"), Map.of("DJ_RATE_LIMIT_BURST", "7",
                ProcessPlan.JAVA_OPTS, "-Xmx200m -XX:+UseSerialGC", "DJ_NOTIFY_SMS_PROVIDER", "aliyun"));
        Planner planner = plannerAfterFirstUp(Map.of());

        ProcessPlan sticky = planner.plan(member("fake-service"), true);
        ProcessPlan fresh = planner.plan(member("fake-service"), false);
        ProcessPlan overridden = plannerAfterFirstUp(Map.of("DJ_RATE_LIMIT_BURST", "9")).plan(member("fake-service"), true);

        assertThat(sticky.environment()).containsEntry("DJ_RATE_LIMIT_BURST", "7")
                .as("only pass-through settings are kept").doesNotContainKey("DJ_NOTIFY_SMS_PROVIDER");
        assertThat(sticky.javaOptions()).containsExactly("-Xmx200m", "-XX:+UseSerialGC");
        assertThat(fresh.environment()).doesNotContainKey("DJ_RATE_LIMIT_BURST");
        assertThat(fresh.javaOptions()).contains("-Xmx96m");
        assertThat(overridden.environment()).containsEntry("DJ_RATE_LIMIT_BURST", "9");
    }

    @Test
    void theRegistryKeepsItsPortWhileItIsFree() {
        int port = Ports.free();
        EnvFile.write(run.envFile("registry"), Map.of("SERVER_PORT", Integer.toString(port)));

        ProcessPlan registry = plannerAfterFirstUp(Map.of()).plan(lineup(Map.of()).registry(), false);

        assertThat(registry.environment()).containsEntry("SERVER_PORT", Integer.toString(port))
                .as("the registry checks every registration against it")
                .containsEntry("DJ_REGISTRY_PASSWORD", EnvFile.read(run.secretsEnv()).get("DJ_REGISTRY_PASSWORD"))
                .containsEntry("EUREKA_CLIENT_SERVICEURL_DEFAULTZONE", "http://127.0.0.1:" + port + "/eureka/")
                .containsEntry("SPRING_APPLICATION_JSON",
                        "{\"eureka\":{\"client\":{\"service-url\":{\"defaultZone\":\"http://127.0.0.1:" + port + "/eureka/\"}}}}");
    }

    @Test
    void secretsAreGeneratedAtTheFirstUpAndKeptPrivatelyAfterwards() throws IOException {
        Lineup lineup = lineup(Map.of());
        Settings settings = settings(Map.of());
        Secrets.ensure(run, lineup, settings, console);
        Map<String, String> first = EnvFile.read(run.secretsEnv());
        String password = Secrets.adminPassword(run).orElseThrow();

        Secrets.ensure(run, lineup, settings, console);

        assertThat(EnvFile.read(run.secretsEnv())).isEqualTo(first);
        assertThat(Secrets.adminPassword(run)).contains(password);
        assertThat(password).hasSize(20).matches(".*[a-z].*").matches(".*[A-Z].*").matches(".*[0-9].*");
        assertThat(first.get("DJ_REGISTRY_PASSWORD")).matches("[0-9a-f]{32}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run.secretsEnv()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run.adminPassword()))).isEqualTo("rw-------");
    }

    @Test
    void noPasswordIsGeneratedWhenTheCallerGivesOne() {
        plannerAfterFirstUp(Map.of("DJ_ADMIN_PASSWORD", "Given-Passw0rd-1"));

        assertThat(Secrets.adminPassword(run)).isEmpty();
        assertThat(settingsPlanner(Map.of("DJ_ADMIN_PASSWORD", "Given-Passw0rd-1")).plan(member("org-service"), false)
                .environment()).containsEntry("DJ_ADMIN_PASSWORD", "Given-Passw0rd-1");
    }

    @Test
    void aServiceCannotStartBeforeLocalInfraWroteWhereItsServersAre() throws IOException {
        Planner planner = plannerAfterFirstUp(Map.of());
        Files.delete(run.infraEnv());

        assertThatThrownBy(() -> planner.plan(member("fake-service"), false)).isInstanceOf(LauncherException.class)
                .hasMessageContaining("infra.env").hasMessageContaining("./platform up");
    }

    @Test
    void djServicesNarrowsTheLineupAndANameWithoutDescriptionIsRefused() {
        assertThat(lineup(Map.of("DJ_SERVICES", "org-service fake-service")).services()).extracting(Member::name)
                .containsExactly("org-service", "fake-service");
        assertThatThrownBy(() -> lineup(Map.of("DJ_SERVICES", "nope-service"))).isInstanceOf(LauncherException.class)
                .hasMessageContaining("DJ_SERVICES").hasMessageContaining("nope-service")
                .hasMessageContaining("fake-service org-service quiet-service");
    }

    private Planner plannerAfterFirstUp(Map<String, String> environment) {
        Secrets.ensure(run, lineup(environment), settings(environment), console);
        return settingsPlanner(environment);
    }

    private Planner settingsPlanner(Map<String, String> environment) {
        return new Planner(settings(environment), run, lineup(environment));
    }

    private Member member(String name) {
        return lineup(Map.of()).get(name);
    }

    private Lineup lineup(Map<String, String> environment) {
        return Lineup.of(settings(environment), ServiceCatalog.inRepository(repository));
    }

    private Settings settings(Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("DJ_RUN_DIR", runDir.toString());
        env.put("DJ_GATEWAY_PORT", "18080");
        return Settings.read(repository, env);
    }

    private void describe(String name, String yaml) throws IOException {
        Files.createDirectories(repository.resolve(name));
        Files.writeString(repository.resolve(name).resolve("service.yaml"), yaml);
    }
}
