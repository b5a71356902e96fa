package org.dangjian.deploy.launcher.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.Settings;
import org.dangjian.deploy.launcher.run.EnvFile;
import org.dangjian.deploy.launcher.run.PrivateFile;
import org.dangjian.deploy.launcher.run.RunFolder;
import org.dangjian.kit.catalog.ServiceDescription;

/**
 * What the launcher generates once and keeps in the run folder: the field-encryption keys and a secret per
 * service that calls others (secrets.env; data encrypted with the keys survives down/up, so they are never
 * replaced), and, at the first {@code up} without DJ_ADMIN_PASSWORD, the administrator's password.
 */
public final class Secrets {
    static final String SERVICE_SECRET_PREFIX = "DJ_SERVICE_SECRET_";
    /** The registry's password: the registry checks it, every other process carries it in its registry URL. */
    static final String REGISTRY_PASSWORD = "DJ_REGISTRY_PASSWORD";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static void ensure(RunFolder run, Lineup lineup, Settings settings, Console console) {
        Map<String, String> values = new LinkedHashMap<>(EnvFile.read(run.secretsEnv()));
        boolean firstUp = values.isEmpty();
        boolean changed = false;
        if (firstUp) {
            console.info("generating field-encryption keys in " + run.secretsEnv());
            values.put("DJ_CRYPTO_KEYS_K1", randomKey());
            values.put("DJ_CRYPTO_ACTIVE_KEY_ID", "k1");
            values.put("DJ_CRYPTO_BLIND_INDEX_KEY", randomKey());
            changed = true;
        }
        // also in a run folder made before the registry asked for credentials
        if (!values.containsKey(REGISTRY_PASSWORD)) {
            values.put(REGISTRY_PASSWORD, randomHex());
            changed = true;
        }
        // also for a service described after the file was made
        for (ServiceDescription caller : lineup.catalog().callers()) {
            if (!values.containsKey(caller.secretVariable())) {
                console.info("generating " + caller.secretVariable() + " in " + run.secretsEnv());
                values.put(caller.secretVariable(), randomKey());
                changed = true;
            }
        }
        if (changed) {
            EnvFile.write(run.secretsEnv(), values);
        }
        if (firstUp && settings.get("DJ_ADMIN_PASSWORD").isEmpty() && adminPassword(run).isEmpty()) {
            console.info("generating the administrator's password in " + run.adminPassword());
            PrivateFile.write(run.adminPassword(), newAdminPassword() + "\n");
        }
    }

    /** The password generated at the first up, if the launcher generated one. */
    public static Optional<String> adminPassword(RunFolder run) {
        try {
            String value = Files.readString(run.adminPassword(), StandardCharsets.UTF_8).trim();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + run.adminPassword(), e);
        }
    }

    /** 32 hex digits: it travels inside a URL, so nothing that needs escaping. */
    static String randomHex() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** The registry's password, generated at the first up. */
    static String registryPassword(RunFolder run) {
        String password = EnvFile.read(run.secretsEnv()).get(REGISTRY_PASSWORD);
        if (password == null) {
            throw new LauncherException("no " + REGISTRY_PASSWORD + " in " + run.secretsEnv()
                    + ": run ./platform up, which generates it");
        }
        return password;
    }

    static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** 20 characters with lower case, upper case and digits (org-service's policy wants three kinds); no look-alikes. */
    static String newAdminPassword() {
        String lower = "abcdefghijkmnpqrstuvwxyz";
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String digits = "23456789";
        String all = lower + upper + digits;
        List<Character> chars = new ArrayList<>();
        chars.add(lower.charAt(RANDOM.nextInt(lower.length())));
        chars.add(upper.charAt(RANDOM.nextInt(upper.length())));
        chars.add(digits.charAt(RANDOM.nextInt(digits.length())));
        while (chars.size() < 20) {
            chars.add(all.charAt(RANDOM.nextInt(all.length())));
        }
        Collections.shuffle(chars, RANDOM);
        StringBuilder sb = new StringBuilder();
        chars.forEach(sb::append);
        return sb.toString();
    }
}
