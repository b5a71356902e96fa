package org.dangjian.member.record.standing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dangjian.member.record.MemberStatus;

/**
 * A change of standing as of {@code date} (today when absent), with a short reason code or note. Going
 * MOBILE needs at least the city the member went to.
 */
public record StatusChangeRequest(@NotNull MemberStatus status, @PastOrPresent LocalDate date,
                                  @Size(max = 32) String reason, @NotNull Integer version,
                                  @Size(max = 50) String mobileCity, @Size(max = 100) String mobileUnit,
                                  @Size(max = 50) String mobileContact) {
}
