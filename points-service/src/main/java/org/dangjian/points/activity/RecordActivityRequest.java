package org.dangjian.points.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.points.ledger.ActivityType;

/** A branch's record of one activity: what, when, where, about what, and who was there. */
public record RecordActivityRequest(
        @NotNull Long orgId,
        @NotNull ActivityType type,
        @NotNull @PastOrPresent LocalDate date,
        @Size(max = 100) String place,
        @NotBlank @Size(max = 200) String topic,
        @Size(max = 20_000) String minutes,
        @NotEmpty @Size(max = 2_000) List<@Valid @NotNull Attendance> attendance) {

    public RecordActivityRequest {
        place = place == null || place.isBlank() ? null : place.strip();
        topic = topic == null ? null : topic.strip();
    }

    /** One member's presence; an excused absence names its reason. */
    public record Attendance(@NotNull Long memberId, @NotNull Presence presence, @Size(max = 200) String reason) {
    }
}
