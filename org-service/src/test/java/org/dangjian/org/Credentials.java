package org.dangjian.org;

import java.util.Map;

/** The body of a password login ({@code POST /api/auth/login}). */
public final class Credentials {
    private Credentials() {
    }

    public static Map<String, String> of(String username, String password) {
        return Map.of("username", username, "password", password);
    }
}
