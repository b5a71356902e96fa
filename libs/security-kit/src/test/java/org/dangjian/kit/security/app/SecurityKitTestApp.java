package org.dangjian.kit.security.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny service on security-kit: a JWT resource server with org-scoped MyBatis-Plus tables. */
@SpringBootApplication
public class SecurityKitTestApp {
}
