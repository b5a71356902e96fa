package org.dangjian.deploy.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangjian.deploy.infra.control.Faults;
import org.dangjian.deploy.infra.control.InfraControl;
import org.dangjian.kit.infra.Infrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInfraMainTest {

    @Test
    void envFileNamesWhatTheServicesRead() {
        var infra = new Infrastructure("jdbc:mysql://127.0.0.1:3307", "dj", "p=w'd", "redis://127.0.0.1:6380",
                "127.0.0.1:9093", () -> { });

        String text = LocalInfraMain.render(LocalInfraMain.envLines(infra));

        assertThat(text).isEqualTo("""
                SPRING_DATASOURCE_USERNAME=dj
                SPRING_DATASOURCE_PASSWORD=p=w'd
                DJ_DB_URL=jdbc:mysql://127.0.0.1:3307
                SPRING_DATA_REDIS_URL=redis://127.0.0.1:6380
                SPRING_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9093
                """);
    }

    @Test
    void bothServicesThatTalkToWechatAreToldWhereTheStubIs() {
        String text = LocalInfraMain.render(LocalInfraMain.wechatLines("http://127.0.0.1:40123"));

        assertThat(text).isEqualTo("""
                DJ_WECHAT_BASE_URL=http://127.0.0.1:40123
                DJ_WECHAT_APP_ID=wx-local-dev
                DJ_WECHAT_SECRET=local-dev-secret
                DJ_NOTIFY_WECHAT_BASEURL=http://127.0.0.1:40123
                DJ_NOTIFY_WECHAT_APPID=wx-local-dev
                DJ_NOTIFY_WECHAT_SECRET=local-dev-secret
                """);
    }

    @Test
    void aValueWithALineBreakIsRefused() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_PASSWORD", "a\nINJECTED=1");

        assertThatThrownBy(() -> LocalInfraMain.render(env)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theControlFileNamesTheEndpointAndItsTokenAndOnlyItsOwnerMayReadIt(@TempDir Path dir) throws Exception {
        var external = new Infrastructure("jdbc:mysql://db.example:3306", "dj", "p", "redis://cache:6379",
                "kafka:9092", () -> { });
        try (InfraControl control = InfraControl.start(Faults.of(external), message -> { })) {
            Path file = dir.resolve(LocalInfraMain.CONTROL_FILE);

            LocalInfraMain.writeControlFile(file, control);

            assertThat(Files.readAllLines(file)).containsExactly(
                    "DJ_INFRA_CONTROL_URL=" + control.url(), "DJ_INFRA_CONTROL_TOKEN=" + control.token());
            assertThat(Files.readString(file)).matches(
                    "DJ_INFRA_CONTROL_URL=http://127\\.0\\.0\\.1:\\d+\nDJ_INFRA_CONTROL_TOKEN=[0-9a-f]{32}\n");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            }
            // over the real Infrastructure: servers given by the environment are never touched
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(control.url() + "/kafka/stop"))
                            .header(InfraControl.TOKEN_HEADER, control.token())
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(409);
            assertThat(answer.body()).contains("DJ_KAFKA_BOOTSTRAP");
        }
    }

    @Test
    void theFileIsReplacedWholeAndNoTemporaryFileStays(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("infra.env");
        Files.writeString(target, "OLD=1\n");

        LocalInfraMain.writeAtomically(target, "NEW=2\n");

        assertThat(Files.readString(target)).isEqualTo("NEW=2\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
