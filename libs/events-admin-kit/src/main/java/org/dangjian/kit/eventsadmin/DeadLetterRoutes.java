package org.dangjian.kit.eventsadmin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.dangjian.kit.events.DeadLetter;
import org.dangjian.kit.events.DeadLetterBook;
import org.dangjian.kit.events.DeadLetterRefused;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.trace.RequestOrigin;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The routes of a service's dead letters, for the city administrator: list the events its consumers gave up on,
 * and send one again once its cause is fixed (who did it and from where stays on the dead letter). A service
 * mounts them under its own area by extending this class:
 * <pre>
 * &#64;RestController
 * &#64;RequestMapping("/api/members/dead-letters")
 * &#64;Tag(name = "死信", description = "...")
 * public class MemberDeadLetterController extends DeadLetterRoutes { ... }
 * </pre>
 * Operation ids follow the subclass ({@code memberDeadLetterList}), unique across the platform.
 */
public abstract class DeadLetterRoutes {
    private final DeadLetterBook book;

    protected DeadLetterRoutes(DeadLetterBook book) {
        this.book = book;
    }

    @CityAdminOnly
    @GetMapping
    @Operation(summary = "查看死信",
            description = "The events this service's consumers gave up on (a poison message: failures of the database, "
                    + "Redis or the network are retried until they pass and never land here), newest first: topic, "
                    + "partition and offset, event id and type, key, the error, when. The payload is not shown (it may "
                    + "hold personal data). For the city administrator only (@CityAdminOnly).")
    public PageResult<DeadLetter> list(@Parameter(description = "只看尚未重放的（默认）。Only those not replayed yet (the "
                                               + "default); false lists every dead letter.")
                                       @RequestParam(defaultValue = "true") boolean open,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        return PageResult.of(book.list(open, query.offset(), query.size()), book.count(open), query);
    }

    @CityAdminOnly
    @PostMapping("/{id}/replay")
    @Operation(summary = "重放死信",
            description = "Sends the dead letter again to its topic, for this service only (other services that consume "
                    + "the topic skip it): the handlers that failed run once more; if it fails again it becomes a new "
                    + "dead letter. Who replayed it, when and from which address are kept on it. For the city "
                    + "administrator only (@CityAdminOnly).")
    @ApiResponse(responseCode = "200", description = "已重放。The dead letter, replayed.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "没有这条死信。No such dead letter, code DEAD_LETTER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "已经重放过。Replayed already, code DEAD_LETTER_ALREADY_REPLAYED")
    @ApiResponse(responseCode = "503", description = "消息队列暂时不可用，死信保持未处理。Kafka did not take it; it stays "
            + "open, code DEAD_LETTER_REPLAY_FAILED")
    public DeadLetter replay(@Parameter(description = "死信编号。The dead letter's id.") @PathVariable long id) {
        try {
            return book.replay(id, CurrentUsers.get().accountId(), RequestOrigin.clientIp());
        } catch (DeadLetterRefused refused) {
            throw new ApiException(switch (refused.reason()) {
                case DEAD_LETTER_NOT_FOUND -> HttpStatus.NOT_FOUND;
                case DEAD_LETTER_ALREADY_REPLAYED -> HttpStatus.CONFLICT;
                case DEAD_LETTER_REPLAY_FAILED -> HttpStatus.SERVICE_UNAVAILABLE;
            }, refused.reason().name());
        }
    }
}
