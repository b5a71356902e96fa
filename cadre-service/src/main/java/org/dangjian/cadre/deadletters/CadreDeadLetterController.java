package org.dangjian.cadre.deadletters;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.events.DeadLetterBook;
import org.dangjian.kit.eventsadmin.DeadLetterRoutes;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** cadre-service's dead letters, listed and replayed by the city administrator: events-admin-kit's routes. */
@RestController
@RequestMapping("/api/cadres/dead-letters")
@Tag(name = "死信", description = "本服务放弃处理的事件，供市级管理员查看和重放。"
        + "The events this service's consumers gave up on, for the city administrator to look into and replay.")
public class CadreDeadLetterController extends DeadLetterRoutes {

    CadreDeadLetterController(DeadLetterBook book) {
        super(book);
    }
}
