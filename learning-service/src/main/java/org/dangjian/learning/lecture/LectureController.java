package org.dangjian.learning.lecture;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Experts and their lecture slots, as the offering organisation's administrators keep them and those below find them. */
@RestController
@RequestMapping("/api/learning/lectures")
@Tag(name = "专家讲座", description = "专家库、讲座场次与预约：上级组织发布讲座场次（限定可预约的组织数），下级组织的管理员预约，"
        + "在截止时间前可取消，临近时短信提醒。Experts, lecture slots with a number of places offered to the organisations "
        + "below, booked by their administrators, cancellable until a deadline, reminded by SMS.")
public class LectureController {
    private final Lectures lectures;
    private final Bookings bookings;
    private final Clock clock;

    LectureController(Lectures lectures, Bookings bookings, Clock clock) {
        this.lectures = lectures;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Administrators
    @PostMapping("/experts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addExpert", summary = "登记讲座专家",
            description = "Puts an expert on the roster of `orgId` (the caller's organisation by default), whose "
                    + "subtree may then book their lectures. For administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "已登记的专家。The expert.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段，或组织不在所辖范围内。A field is missing or invalid, "
            + "or the organisation is not in the caller's subtree (field orgId), code VALIDATION_FAILED")
    public ExpertView addExpert(@Valid @RequestBody ExpertRequest request) {
        return lectures.addExpert(request, CurrentUsers.get());
    }

    @Administrators
    @PutMapping("/experts/{id}")
    @Operation(operationId = "changeExpert", summary = "修改讲座专家",
            description = "Changes an expert's name, title and topics (not their organisation). For administrators "
                    + "(@Administrators) whose subtree holds the roster.")
    @ApiResponse(responseCode = "200", description = "修改后的专家。The expert.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段。A field is missing or invalid, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "专家不存在或不在所辖范围内。No such expert in the caller's subtree, code "
            + "LEARNING_EXPERT_NOT_FOUND")
    public ExpertView changeExpert(@Parameter(description = "专家编号。The expert's id.") @PathVariable long id,
                                   @Valid @RequestBody ExpertRequest request) {
        return lectures.changeExpert(id, request);
    }

    @AdministratorsOrAuditors
    @GetMapping("/experts")
    @Operation(operationId = "listExperts", summary = "讲座专家库",
            description = "The experts on the rosters of the caller's subtree, by name. For administrators and auditors.")
    @ApiResponse(responseCode = "200", description = "专家。The experts.", useReturnTypeSchema = true)
    public List<ExpertView> experts() {
        return lectures.experts();
    }

    @Administrators
    @PostMapping("/slots")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "offerLectureSlot", summary = "发布讲座场次",
            description = "Offers a lecture by an expert on a roster the caller manages to the organisations of the "
                    + "expert's organisation's subtree; `capacity` organisations may book it. Bookings may be cancelled "
                    + "until `cancelUntil` (48 hours before the start by default). For administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "讲座场次。The slot.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段：开始时间已过（startsAt）、结束不晚于开始（endsAt）、"
            + "取消截止晚于开始（cancelUntil）。A field is missing or invalid: the start has passed, the end is not after "
            + "it, or the cancellation deadline is after it, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "专家不存在或不在所辖范围内。No such expert in the caller's subtree, code "
            + "LEARNING_EXPERT_NOT_FOUND")
    public SlotView offer(@Valid @RequestBody SlotRequest request) {
        return lectures.offer(request, CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/slots")
    @Operation(operationId = "listLectureSlots", summary = "讲座场次",
            description = "The lectures offered to the caller's organisation (by it or an organisation above) and those "
                    + "its subtree offers, starting on or after `from` (today by default), soonest first, each with the "
                    + "places taken and the caller's own organisation's booking. For administrators and auditors.")
    @ApiResponse(responseCode = "200", description = "讲座场次。The slots.", useReturnTypeSchema = true)
    public List<SlotView> slots(@Parameter(description = "起始日期，默认今天。From this day, today by default.")
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate from) {
        return lectures.offeredTo(CurrentUsers.get(), (from != null ? from : LocalDate.now(clock)).atStartOfDay());
    }

    @AdministratorsOrAuditors
    @GetMapping("/slots/{id}")
    @Operation(operationId = "getLectureSlot", summary = "查看讲座场次",
            description = "A slot offered to the caller's organisation or by its subtree. For administrators and auditors.")
    @ApiResponse(responseCode = "200", description = "讲座场次。The slot.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "场次不存在或不面向调用者的组织。No such slot for the caller, code "
            + "LEARNING_LECTURE_SLOT_NOT_FOUND")
    public SlotView slot(@Parameter(description = "场次编号。The slot's id.") @PathVariable long id) {
        return lectures.slot(id, CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/slots/{id}/withdraw")
    @Operation(operationId = "withdrawLectureSlot", summary = "取消讲座场次",
            description = "Calls a lecture of the caller's subtree off: its bookings end with it and the administrators "
                    + "of each booking organisation are told by SMS. Answers the bookings it ended (none if it was "
                    + "withdrawn already). For administrators (@Administrators) whose subtree offers the slot.")
    @ApiResponse(responseCode = "200", description = "随之取消的预约。The bookings it ended.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "场次不存在或不在所辖范围内。No such slot in the caller's subtree, code "
            + "LEARNING_LECTURE_SLOT_NOT_FOUND")
    public List<BookingView> withdraw(@Parameter(description = "场次编号。The slot's id.") @PathVariable long id) {
        return bookings.withdraw(id, CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/slots/{id}/bookings")
    @Operation(operationId = "listLectureSlotBookings", summary = "场次的预约",
            description = "Who booked a slot the caller's subtree offers, live bookings and ended ones, in the order "
                    + "they came. For administrators and auditors whose subtree offers the slot.")
    @ApiResponse(responseCode = "200", description = "预约。The bookings.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "场次不存在或不在所辖范围内。No such slot in the caller's subtree, code "
            + "LEARNING_LECTURE_SLOT_NOT_FOUND")
    public List<BookingView> slotBookings(@Parameter(description = "场次编号。The slot's id.") @PathVariable long id) {
        return bookings.ofSlot(id);
    }

    @Administrators
    @PostMapping("/slots/{id}/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "bookLectureSlot", summary = "预约讲座",
            description = "Books the slot for `orgId` (the caller's organisation by default), which must be in the "
                    + "caller's subtree and below (or at) the offering organisation. Places are never overbooked: when "
                    + "administrators race for the last place, one booking stands and the others get 409. The "
                    + "booking organisation's administrators are texted a confirmation, and a reminder the day before. "
                    + "For administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "预约。The booking.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段，或组织不在所辖范围内。A field is missing or invalid, "
            + "or the organisation is not in the caller's subtree (field orgId), code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "场次不存在或不面向该组织。No such slot offered to the organisation, code "
            + "LEARNING_LECTURE_SLOT_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "已约满（LEARNING_LECTURE_SLOT_FULL）、该组织已预约"
            + "（LEARNING_LECTURE_ALREADY_BOOKED）、讲座已取消（LEARNING_LECTURE_SLOT_WITHDRAWN）或已开始"
            + "（LEARNING_LECTURE_SLOT_STARTED）。Full, booked by the organisation already, withdrawn, or started")
    public BookingView book(@Parameter(description = "场次编号。The slot's id.") @PathVariable long id,
                            @Valid @RequestBody BookingRequest request) {
        return bookings.book(id, request, CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/bookings")
    @Operation(operationId = "listLectureBookings", summary = "本组织的讲座预约",
            description = "The bookings of the caller's subtree for lectures starting on or after `from` (today by "
                    + "default), soonest first, live and ended. For administrators and auditors.")
    @ApiResponse(responseCode = "200", description = "预约。The bookings.", useReturnTypeSchema = true)
    public List<BookingView> bookings(@Parameter(description = "起始日期，默认今天。From this day, today by default.")
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate from) {
        return bookings.ofSubtree((from != null ? from : LocalDate.now(clock)).atStartOfDay());
    }

    @Administrators
    @PostMapping("/bookings/{id}/cancel")
    @Operation(operationId = "cancelLectureBooking", summary = "取消讲座预约",
            description = "Gives a booking of the caller's subtree up before the slot's cancellation deadline; the "
                    + "place is free again and the offering organisation's administrators are told. For administrators "
                    + "(@Administrators).")
    @ApiResponse(responseCode = "200", description = "已取消的预约。The cancelled booking.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "预约不存在或不在所辖范围内。No such booking in the caller's subtree, code "
            + "LEARNING_LECTURE_BOOKING_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "已过取消截止时间（LEARNING_LECTURE_CANCEL_CLOSED）或预约已取消"
            + "（LEARNING_LECTURE_BOOKING_ENDED）。Past the cancellation deadline, or ended already")
    public BookingView cancel(@Parameter(description = "预约编号。The booking's id.") @PathVariable long id) {
        return bookings.cancel(id, CurrentUsers.get());
    }
}
