package org.dangjian.member.birthday;

import java.time.LocalDate;

/** What a run did: how many members had their anniversary, and how many greetings it emitted now. */
public record BirthdayRun(LocalDate date, int found, int emitted) {
}
