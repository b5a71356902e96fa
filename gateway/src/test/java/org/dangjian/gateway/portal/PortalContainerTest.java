package org.dangjian.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In Kubernetes the portal is served by its own nginx container (portal/nginx.conf), not by the gateway: a browser
 * must get the same protection and caching either way.
 */
class PortalContainerTest {
    private static final Path NGINX = Path.of("..", "portal", "nginx.conf");

    @Test
    void thePortalContainerSendsTheGatewaysContentSecurityPolicyEverywhere() throws IOException {
        String conf = Files.readString(NGINX);
        Matcher csp = Pattern.compile("add_header Content-Security-Policy \"([^\"]+)\" always;").matcher(conf);
        List<String> policies = csp.results().map(m -> m.group(1)).toList();
        assertThat(policies).isNotEmpty().allMatch(PortalRoutes.CONTENT_SECURITY_POLICY::equals);
        // nginx drops a server's add_header in any location that adds its own: every location must repeat it
        long locations = Pattern.compile("\\blocation\\b").matcher(conf).results().count();
        assertThat(policies).hasSize((int) locations + 1);
    }

    @Test
    void thePortalContainerCachesHashedFilesForAYearAndThePagesNever() throws IOException {
        String conf = Files.readString(NGINX);
        // ^~: a regular-expression location must not take the hashed files away from this one
        assertThat(block(conf, "location ^~ /assets/")).contains("max-age=31536000, immutable").contains("try_files $uri =404");
        assertThat(block(conf, "location / ")).contains("no-cache").contains("try_files $uri /index.html");
    }

    private static String block(String conf, String start) {
        int from = conf.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return conf.substring(from, conf.indexOf('}', from));
    }
}
