package org.dangjian.kit.security.app;

import org.dangjian.kit.security.ServiceCallers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service-to-service route: who is calling, as the route sees it. */
@RestController
public class InternalProbeController {
    @GetMapping("/internal/probe/caller")
    String caller() {
        return ServiceCallers.find().orElse("nobody");
    }
}
