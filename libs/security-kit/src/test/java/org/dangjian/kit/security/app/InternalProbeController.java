package org.dangjian.kit.security.app;

import org.dangjian.kit.security.ServiceCallers;
import org.dangjian.kit.security.rights.CalledBy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service-to-service route: who is calling, as the route sees it. */
@RestController
public class InternalProbeController {
    @CalledBy("notify-service")
    @GetMapping("/internal/probe/caller")
    String caller() {
        return ServiceCallers.find().orElse("nobody");
    }

    /** Names no caller: no service may call it. */
    @GetMapping("/internal/probe/unlisted")
    String unlisted() {
        return "open";
    }
}
