package org.dangjian.deploy.infra.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.infra.NotEmbeddedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InfraControlTest {
    private final FakeFaults faults = new FakeFaults();
    private final List<String> log = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private InfraControl control;

    @BeforeEach
    void start() throws Exception {
        control = InfraControl.start(faults, log::add);
    }

    @AfterEach
    void stop() {
        control.close();
    }

    @Test
    void withoutTheTokenNothingIsDone() throws Exception {
        assertThat(post("/kafka/stop", null).statusCode()).isEqualTo(401);
        assertThat(post("/db/stop", "0".repeat(32)).statusCode()).isEqualTo(401);
        assertThat(post("/nowhere", null).statusCode()).as("no path is revealed without the token").isEqualTo(401);

        assertThat(faults.calls).isEmpty();
        assertThat(log).isEmpty();
    }

    @Test
    void eachActionRunsWithTheTokenAndIsAnsweredWhenDone() throws Exception {
        HttpResponse<String> stopped = post("/kafka/stop", control.token());
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(stopped.body()).startsWith("kafka stopped in ").endsWith("\n").hasLineCount(1);
        assertThat(post("/kafka/start", control.token()).body()).startsWith("kafka started in ");
        assertThat(post("/db/stop", control.token()).body()).startsWith("db stopped in ");
        assertThat(post("/db/start", control.token()).body()).startsWith("db started in ");

        assertThat(faults.calls).containsExactly("stopKafka", "startKafka", "stopDb", "startDb");
        assertThat(log).hasSize(4).first().asString().startsWith("kafka stopped by the control endpoint in ");
    }

    @Test
    void stoppingWhatIsStoppedIsAHarmless200ThatSaysSo() throws Exception {
        faults.kafkaRunning = false;
        faults.dbRunning = true;

        HttpResponse<String> kafka = post("/kafka/stop", control.token());
        HttpResponse<String> db = post("/db/start", control.token());

        assertThat(kafka.statusCode()).isEqualTo(200);
        assertThat(kafka.body()).isEqualTo("kafka already stopped, nothing done\n");
        assertThat(db.statusCode()).isEqualTo(200);
        assertThat(db.body()).isEqualTo("db already running, nothing done\n");
    }

    @Test
    void aServerGivenByTheEnvironmentIsRefusedWith409() throws Exception {
        faults.dbExternal = true;

        HttpResponse<String> answer = post("/db/stop", control.token());

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("DJ_DB_URL");
    }

    @Test
    void anUnknownPathIs404AndAnotherMethod405() throws Exception {
        assertThat(post("/redis/stop", control.token()).statusCode()).isEqualTo(404);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(control.url() + "/kafka/stop"))
                .header(InfraControl.TOKEN_HEADER, control.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(faults.calls).isEmpty();
    }

    @Test
    void itListensOnLoopbackOnlyAndItsTokenIs32HexDigits() {
        assertThat(control.url()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(control.token()).matches("[0-9a-f]{32}");
        assertThat(control.envLines()).containsExactly(
                java.util.Map.entry("DJ_INFRA_CONTROL_URL", control.url()),
                java.util.Map.entry("DJ_INFRA_CONTROL_TOKEN", control.token()));
    }

    private HttpResponse<String> post(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(control.url() + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header(InfraControl.TOKEN_HEADER, token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Records what was asked and behaves like the embedded servers (false when nothing changed). */
    private static final class FakeFaults implements Faults {
        final List<String> calls = new ArrayList<>();
        boolean kafkaRunning = true;
        boolean dbRunning = true;
        boolean dbExternal;

        @Override
        public boolean stopKafka() {
            calls.add("stopKafka");
            return change(kafkaRunning, kafkaRunning = false);
        }

        @Override
        public boolean startKafka() {
            calls.add("startKafka");
            return change(kafkaRunning, kafkaRunning = true);
        }

        @Override
        public boolean stopDb() {
            calls.add("stopDb");
            external();
            return change(dbRunning, dbRunning = false);
        }

        @Override
        public boolean startDb() {
            calls.add("startDb");
            external();
            return change(dbRunning, dbRunning = true);
        }

        private void external() {
            if (dbExternal) {
                throw new NotEmbeddedException("the database is external (given by DJ_DB_URL)");
            }
        }

        private static boolean change(boolean before, boolean after) {
            return before != after;
        }
    }
}
