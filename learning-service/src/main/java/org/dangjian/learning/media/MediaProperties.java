package org.dangjian.learning.media;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code dj.learning.media}: how lesson media are uploaded and linked to.
 *
 * @param partSize   the size of each uploaded part but the last; well under the gateway's body limit (10 MB), so a
 *                   part lost on a weak connection costs little to send again
 * @param maxVideo   the largest video (MP4), e.g. a two-hour lecture at a phone-friendly bitrate
 * @param maxAudio   the largest audio file (MP3, M4A)
 * @param maxPdf     the largest PDF (a Party book, scanned)
 * @param linkAtLeast how long a link to a file works at least; a lesson's link works for twice the lesson's
 *                   length when that is longer, so that a paused video can still seek
 * @param abandonedAfter how long an upload may stay incomplete (resumed after a weekend, say) before its parts
 *                   are dropped
 */
@ConfigurationProperties("dj.learning.media")
public record MediaProperties(@DefaultValue("5MB") DataSize partSize,
                              @DefaultValue("2GB") DataSize maxVideo,
                              @DefaultValue("300MB") DataSize maxAudio,
                              @DefaultValue("100MB") DataSize maxPdf,
                              @DefaultValue("30m") Duration linkAtLeast,
                              @DefaultValue("7d") Duration abandonedAfter) {
}
