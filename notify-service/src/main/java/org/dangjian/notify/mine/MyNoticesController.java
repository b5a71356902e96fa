package org.dangjian.notify.mine;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member's own notices, for the mini-program: WeChat subscriptions and the messages they were sent. */
@RestController
@RequestMapping("/api/notifications/my")
@Tag(name = "我的消息", description = "党员在小程序中订阅微信消息、查看发给本人的消息。A member's WeChat subscriptions and own messages.")
public class MyNoticesController {
    private final MyNotices notices;

    MyNoticesController(MyNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/subscriptions")
    @Operation(operationId = "getMySubscriptions", summary = "查看我的微信订阅",
            description = "The kinds of notice the caller may get as WeChat subscribe messages (those whose template the city "
                    + "administrator mapped to a WeChat one; never login codes), each with its template id for "
                    + "wx.requestSubscribeMessage and how many messages the member still allows. Empty when this platform "
                    + "sends no WeChat messages, and for a caller who is not a member.")
    @ApiResponse(responseCode = "200", description = "可订阅的消息。The kinds to subscribe to.", useReturnTypeSchema = true)
    public MySubscriptionsView subscriptions() {
        return notices.subscriptions(CurrentUsers.get());
    }

    @PostMapping("/subscriptions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "answerMySubscriptions", summary = "记录微信订阅结果",
            description = "Records what wx.requestSubscribeMessage answered for each template: ACCEPT allows one more "
                    + "WeChat message of that kind (WeChat's one-time subscription), REJECT, BAN or FILTER allows none "
                    + "until the member accepts again. Without an allowance the member gets the SMS alone. For a "
                    + "member's token (403 otherwise).")
    @ApiResponse(responseCode = "204", description = "已记录。Recorded.")
    @ApiResponse(responseCode = "400", description = "模板不属于任何可订阅的消息种类，errors 指出是哪一个。A template of no "
            + "subscribable kind; errors name which, code VALIDATION_FAILED")
    public void answer(@Valid @RequestBody SubscriptionAnswers answers) {
        notices.answer(answers, CurrentUsers.get());
    }

    @GetMapping("/messages")
    @Operation(operationId = "listMyMessages", summary = "查看我的消息",
            description = "The SMS and WeChat messages sent to the caller (as a member, and to their account), newest first, "
                    + "paged, login codes masked. Any signed-in user: only their own.")
    @ApiResponse(responseCode = "200", description = "一页本人的消息。A page of the caller's messages.", useReturnTypeSchema = true)
    public PageResult<MyMessageView> messages(@RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        return notices.messages(CurrentUsers.get(), PageQuery.of(page, size));
    }
}
