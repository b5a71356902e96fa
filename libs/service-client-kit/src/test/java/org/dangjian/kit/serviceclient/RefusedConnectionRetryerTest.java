package org.dangjian.kit.serviceclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import feign.Feign;
import feign.Request;
import feign.RequestLine;
import feign.RequestTemplate;
import feign.RetryableException;
import feign.Retryer;
import feign.Target;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feign through two instances taken in turn, as the load balancer takes them: one dead but still listed, one alive.
 */
class RefusedConnectionRetryerTest {
    interface Neighbour {
        @RequestLine("POST /work")
        String work(String body);
    }

    private HttpServer live;
    private final AtomicInteger received = new AtomicInteger();
    private volatile long answerAfterMillis;

    @BeforeEach
    void start() throws IOException {
        live = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        live.createContext("/work", exchange -> {
            received.incrementAndGet();
            try {
                TimeUnit.MILLISECONDS.sleep(answerAfterMillis); // the neighbour's own slowness, not a wait of the test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] ok = "done".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        live.start();
    }

    @AfterEach
    void stop() {
        live.stop(0);
    }

    @Test
    void everyCallArrivesOnceWhenOneOfTwoInstancesIsDeadButListed() throws IOException {
        Neighbour neighbour = client(new RefusedConnectionRetryer(), 2_000);
        for (int i = 0; i < 6; i++) {
            assertThat(neighbour.work("{}")).isEqualTo("done");
        }
        assertThat(received).hasValue(6);
    }

    @Test
    void withoutItEveryOtherCallFails() throws IOException {
        Neighbour neighbour = client(Retryer.NEVER_RETRY, 2_000);
        int failed = 0;
        for (int i = 0; i < 6; i++) {
            try {
                neighbour.work("{}");
            } catch (RetryableException refused) {
                failed++;
            }
        }
        assertThat(failed).isEqualTo(3);
    }

    @Test
    void aCallThatTimedOutIsNotSentAgainItMayHaveDoneItsWork() throws IOException {
        answerAfterMillis = 1_500;
        Neighbour neighbour = client(new RefusedConnectionRetryer(), 300, livePort(), livePort());
        assertThatThrownBy(() -> neighbour.work("{}")).isInstanceOf(RetryableException.class);
        answerAfterMillis = 0;
        assertThat(received).hasValue(1);
    }

    private Neighbour client(Retryer retryer, int readTimeoutMillis) throws IOException {
        return client(retryer, readTimeoutMillis, deadPort(), livePort());
    }

    private Neighbour client(Retryer retryer, int readTimeoutMillis, int... ports) {
        return Feign.builder().retryer(retryer)
                .options(new Request.Options(500, TimeUnit.MILLISECONDS, readTimeoutMillis, TimeUnit.MILLISECONDS, true))
                .target(new RoundRobin(ports));
    }

    private int livePort() {
        return live.getAddress().getPort();
    }

    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The instances in turn, one per attempt, as Spring Cloud LoadBalancer's round robin gives them. */
    private static final class RoundRobin implements Target<Neighbour> {
        private final List<Integer> ports;
        private final AtomicInteger next = new AtomicInteger();

        RoundRobin(int... ports) {
            this.ports = java.util.Arrays.stream(ports).boxed().toList();
        }

        @Override
        public Class<Neighbour> type() {
            return Neighbour.class;
        }

        @Override
        public String name() {
            return "neighbour";
        }

        @Override
        public String url() {
            return "http://127.0.0.1:" + ports.get(Math.floorMod(next.getAndIncrement(), ports.size()));
        }

        @Override
        public Request apply(RequestTemplate template) {
            template.target(url());
            return template.request();
        }
    }
}
