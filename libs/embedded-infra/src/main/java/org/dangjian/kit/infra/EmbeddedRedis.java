package org.dangjian.kit.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/** A real Redis server from the embedded-redis Maven artifact; persists to {@code home} when given. */
public final class EmbeddedRedis implements AutoCloseable {
    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedRedis start(Path home, int port) {
        int chosen = port == 0 ? FreePort.find() : port;
        try {
            var builder = RedisServer.newRedisServer().port(chosen).bind("127.0.0.1");
            if (home != null) {
                Files.createDirectories(home);
                builder.setting("dir " + home.toAbsolutePath()).setting("appendonly yes");
            } else {
                builder.setting("save \"\"").setting("appendonly no");
            }
            RedisServer server = builder.build();
            server.start();
            return new EmbeddedRedis(server, chosen);
        } catch (IOException e) {
            throw new IllegalStateException("could not start embedded Redis on port " + chosen, e);
        }
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
