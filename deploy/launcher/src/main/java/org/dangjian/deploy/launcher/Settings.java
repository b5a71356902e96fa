package org.dangjian.deploy.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings, all from its environment (see {@code ./platform help}). A bad value stops the
 * launcher with the setting's name and what it should be.
 *
 * @param environment the launcher's whole environment: every process it starts inherits it
 */
public record Settings(Path repository, Path runDir, int gatewayPort, Duration upTimeout,
                       Map<String, String> environment) {
    public static final int DEFAULT_GATEWAY_PORT = 8080;
    public static final int DEFAULT_UP_TIMEOUT_SECONDS = 240;

    public Settings {
        environment = Map.copyOf(environment);
    }

    public static Settings read(Path repository, Map<String, String> environment) {
        Optional<String> run = value(environment, "DJ_RUN_DIR");
        Path runDir = run.map(r -> Path.of(r).toAbsolutePath().normalize()).orElse(repository.resolve(".run"));
        int port = number(environment, "DJ_GATEWAY_PORT", DEFAULT_GATEWAY_PORT, "a port number");
        if (port < 1 || port > 65535) {
            throw new LauncherException("DJ_GATEWAY_PORT must be a port number (1-65535), not '" + port + "'");
        }
        int timeout = number(environment, "DJ_UP_TIMEOUT", DEFAULT_UP_TIMEOUT_SECONDS, "a number of seconds");
        return new Settings(repository, runDir, port, Duration.ofSeconds(timeout), environment);
    }

    /** A setting's value, when set and not blank. */
    public Optional<String> get(String name) {
        return value(environment, name);
    }

    /** DJ_CDS: whether processes keep a class-data-sharing archive for their next start (auto, or off: the default). */
    public boolean classDataArchives() {
        String v = get("DJ_CDS").orElse("off").trim();
        return switch (v) {
            case "auto" -> true;
            case "off" -> false;
            default -> throw new LauncherException("DJ_CDS must be auto or off, not '" + v + "'");
        };
    }

    /** DJ_SERVICES: the services to run, when the caller narrows the list. */
    public List<String> services() {
        return get("DJ_SERVICES").map(s -> Arrays.stream(s.trim().split("[\\s,]+")).toList()).orElse(List.of());
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** Where people reach the platform: letters of introduction print QR links to it. */
    public String publicBaseUrl() {
        return get("DJ_PUBLIC_BASE_URL").orElse(gatewayUrl());
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        String v = environment.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private static int number(Map<String, String> environment, String name, int fallback, String what) {
        Optional<String> v = value(environment, name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get().trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new LauncherException(name + " must be " + what + ", not '" + v.get() + "' (unset it for "
                    + fallback + ")");
        }
    }
}
