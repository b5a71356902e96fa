package org.dangjian.points.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisational life as it is held: a branch plans a meeting (announced to the attendees), members ask
 * for leave, check in at the meeting, and the minutes complete it as an activity on record.
 */
@RestController
@RequestMapping("/api/points/meetings")
@Tag(name = "会议计划与签到", description = "计划会议、通知参会党员、请假、扫码签到、完成会议记录。"
        + "Planning a meeting, announcing it, leave, check-in by QR code, and completing its record.")
public class MeetingController {
    private static final String NOT_FOUND = "会议不存在或不在所辖范围内。The meeting is not found or outside the caller's scope, code POINTS_MEETING_NOT_FOUND";
    private final MeetingPlanning planning;
    private final MeetingAttendance attendance;
    private final MeetingCompletion completion;
    private final MeetingQuery query;

    MeetingController(MeetingPlanning planning, MeetingAttendance attendance, MeetingCompletion completion,
                      MeetingQuery query) {
        this.planning = planning;
        this.attendance = attendance;
        this.completion = completion;
        this.query = query;
    }

    @Administrators
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "planMeeting", summary = "计划并通知会议",
            description = "Plans a meeting of a branch in the caller's subtree (type, start in the future, where: a venue of "
                    + "the branch or of an organisation above it (`venueId`, see /api/points/venues) or, held elsewhere, the "
                    + "place as text, exactly one of the two; topic; attendees: every active member of the branch unless "
                    + "listed) and announces it to each attendee, the place as the venue's name and address "
                    + "(dj.points.meeting-announced.v1; notify-service sends the notice). For administrators (@Administrators).")
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public ResponseEntity<MeetingView> plan(@Valid @RequestBody PlanMeetingRequest request) {
        long id = planning.plan(request, CurrentUsers.get());
        return ResponseEntity.created(URI.create("/api/points/meetings/" + id)).body(query.one(id));
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listMeetings", summary = "查询会议",
            description = "The meetings planned in the caller's subtree, or in the subtree of `orgId`, latest start first, "
                    + "optionally of one status or starting on or after `from`, with the attendees, pending leave requests and "
                    + "check-ins counted; paged. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "一页会议。A page of meetings.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation `orgId` is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public PageResult<MeetingSummaryView> list(@Parameter(description = "只看该组织及其下级。Only this organisation's subtree.")
                                               @RequestParam(required = false) Long orgId,
                                               @RequestParam(required = false) MeetingStatus status,
                                               @Parameter(description = "该日及以后开始的会议。Meetings starting on or after this day.", example = "2026-01-01")
                                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return query.list(orgId, status, from, PageQuery.of(page, size), CurrentUsers.get());
    }

    @GetMapping("/mine")
    @Operation(operationId = "listMyMeetings", summary = "我的会议",
            description = "The meetings the calling member is asked to attend, latest first, with their own leave and check-in "
                    + "(what the mini-program lists, to ask for leave); paged. Empty for a caller who is not a member.")
    @ApiResponse(responseCode = "200", description = "一页会议。A page of meetings.", useReturnTypeSchema = true)
    public PageResult<MyMeetingView> mine(@RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return query.mine(CurrentUsers.get(), PageQuery.of(page, size));
    }

    @AdministratorsOrAuditors
    @GetMapping("/{id}")
    @Operation(operationId = "getMeeting", summary = "查看会议",
            description = "A meeting with each attendee's leave and check-in. For administrators and auditors whose subtree holds it.")
    @ApiResponse(responseCode = "200", description = "会议。The meeting.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    public MeetingView one(@PathVariable long id) {
        return query.one(id);
    }

    @Administrators
    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelMeeting", summary = "取消会议",
            description = "Calls off a planned meeting before it starts and tells the attendees (the announcement again, cancelled). "
                    + "For administrators (@Administrators).")
    @ApiResponse(responseCode = "200", description = "已取消的会议。The cancelled meeting.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "会议已开始、已取消或已完成。The meeting has started, or is no longer planned.")
    public MeetingView cancel(@PathVariable long id) {
        planning.cancel(id, CurrentUsers.get());
        return query.one(id);
    }

    @PostMapping("/{id}/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "askMeetingLeave", summary = "请假",
            description = "A member asked to attend asks for leave with a reason, before the meeting starts; asking again replaces "
                    + "the reason until the branch decides. Only the member's own attendance.")
    @ApiResponse(responseCode = "404", description = "会议不存在或您不在应到名单中。No such meeting among the caller's own, code POINTS_MEETING_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "会议已开始、不在计划中，或请假已审批。The meeting has started or is not planned, or the leave is decided.")
    public void askLeave(@PathVariable long id, @Valid @RequestBody MeetingRequests.Leave request) {
        attendance.askLeave(id, request.reason(), CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/{id}/attendees/{memberId}/leave-decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "decideMeetingLeave", summary = "审批请假",
            description = "The branch approves or refuses a member's leave, once; a refusal gives its reason (400 on `reason` "
                    + "without one). An approved leave is an excused absence. The member is told the decision "
                    + "(dj.points.meeting-leave-decided.v1; notify-service sends the notice). For administrators (@Administrators).")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "没有待审批的请假，或会议不在计划中。No leave awaits a decision, or the meeting is not planned.")
    public void decideLeave(@PathVariable long id, @PathVariable long memberId,
                            @Valid @RequestBody MeetingRequests.LeaveDecision request) {
        attendance.decideLeave(id, memberId, request.approved(), request.reason());
    }

    @Administrators
    @GetMapping("/{id}/check-in-code")
    @Operation(operationId = "getMeetingCheckInCode", summary = "获取签到二维码",
            description = "A short-lived signed code for the QR code the meeting shows (the portal renders it and asks again "
                    + "before it expires), while check-in is open around the start. For administrators (@Administrators).")
    @ApiResponse(responseCode = "200", description = "签到码。The code.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "不在签到时间内或会议不在计划中。Check-in is not open, or the meeting is not planned.")
    public CheckInCodeView code(@PathVariable long id) {
        return attendance.code(id);
    }

    @PostMapping("/{id}/check-ins")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "checkInToMeeting", summary = "扫码签到",
            description = "A member asked to attend checks in with the code scanned from the meeting's QR code, once, while "
                    + "check-in is open. A code of another meeting, expired or altered is a 400 on `code`.")
    @ApiResponse(responseCode = "404", description = "会议不存在或您不在应到名单中。No such meeting among the caller's own, code POINTS_MEETING_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "已签到、不在签到时间内或会议不在计划中。Already checked in, check-in not open, or the meeting is not planned.")
    public void checkIn(@PathVariable long id, @Valid @RequestBody MeetingRequests.CheckIn request) {
        attendance.checkIn(id, request.code(), CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/{id}/attendees/{memberId}/check-in")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "tickMeetingAttendee", summary = "代为签到",
            description = "The secretary ticks a member who is at the meeting, once, while check-in is open. For administrators (@Administrators).")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "已签到、不在签到时间内或会议不在计划中。Already checked in, check-in not open, or the meeting is not planned.")
    public void tick(@PathVariable long id, @PathVariable long memberId) {
        attendance.tick(id, memberId);
    }

    @Administrators
    @PostMapping("/{id}/complete")
    @Operation(operationId = "completeMeeting", summary = "完成会议",
            description = "Once it has started, the minutes complete the meeting: it is recorded as organisational life with its "
                    + "attendance (checked in = present, approved leave = excused, others absent), booking points and "
                    + "announcing dj.points.activity-recorded.v1; add photos to the activity it names "
                    + "(/api/points/activities/{activityId}/photos). For administrators (@Administrators).")
    @ApiResponse(responseCode = "200", description = "已完成的会议及其组织生活记录。The completed meeting with its activity.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "会议尚未开始或不在计划中。The meeting has not started, or is not planned.")
    public MeetingView complete(@PathVariable long id, @Valid @RequestBody MeetingRequests.Complete request) {
        completion.complete(id, request.minutes(), CurrentUsers.get());
        return query.one(id);
    }
}
