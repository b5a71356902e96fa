package org.dangjian.deploy.launcher.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Local TCP ports: only the gateway's is fixed, every other process takes a free one. */
public final class Ports {
    private static final int CONNECT_MILLIS = 500;

    private Ports() {
    }

    /** Whether something listens on the port of this machine. */
    public static boolean inUse(int port) {
        return listening("127.0.0.1", port);
    }

    public static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int free() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("found no free port", e);
        }
    }
}
