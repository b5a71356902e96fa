package org.dangjian.kit.web.time;

import java.time.Clock;

/**
 * The real time, for the age of credentials (refresh tokens, as the token checks in front of every service do with
 * access tokens), where everything else asks the business {@link Clock} bean. They differ only in development mode,
 * when a rehearsal moves the business clock ahead ({@code dj.clock.offset}, {@code ./platform clock}): a session must
 * neither expire at once nor live on for the offset.
 */
public record RealTime(Clock clock) {
}
