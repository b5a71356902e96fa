package org.dangjian.org.auth.service;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import org.dangjian.kit.catalog.ServiceCatalog;
import org.dangjian.kit.catalog.ServiceDescription;
import org.dangjian.kit.crypto.Sha256;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The services that may ask for a token, and whether a presented secret is theirs. The list is not kept here:
 * every described service that calls others ({@code calls} in its service.yaml) is a client, and its secret is
 * the environment variable (or property) its description names, {@code DJ_SERVICE_SECRET_<NAME>}; unset or
 * blank, that service is refused. So a new calling service needs no line in org-service.
 *
 * <p>Only SHA-256 digests of the secrets are kept, and a presented secret is digested and compared in constant
 * time ({@link MessageDigest#isEqual}), so neither the length nor a common prefix leaks through timing. An
 * unknown name is compared against a dummy digest for the same reason.
 */
@Component
class ServiceClients {
    private static final byte[] NOBODY = sha256("no such service client");
    private final Map<String, byte[]> digests = new HashMap<>();

    ServiceClients(ServiceCatalog catalog, Environment environment) {
        for (ServiceDescription caller : catalog.callers()) {
            String secret = environment.getProperty(caller.secretVariable());
            if (secret != null && !secret.isBlank()) {
                digests.put(caller.name(), sha256(secret));
            }
        }
    }

    boolean verify(String service, String secret) {
        byte[] expected = digests.get(service);
        boolean same = MessageDigest.isEqual(expected == null ? NOBODY : expected, sha256(secret));
        return expected != null && same;
    }

    private static byte[] sha256(String value) {
        return Sha256.digest(value);
    }
}
