package org.dangjian.notify.directory;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/**
 * What a look-up answers when member-service is slow, failing, refuses us or its breaker is open: nobody.
 * The members stay unknown and get no message from this event, with a warning; the event is still
 * handled, so a neighbour in trouble never makes the consumer retry or dead-letter it.
 */
@Component
class MemberDirectoryFallback implements FallbackFactory<MemberDirectoryClient> {
    private static final Logger log = LoggerFactory.getLogger(MemberDirectoryFallback.class);

    @Override
    public MemberDirectoryClient create(Throwable cause) {
        return request -> {
            log.warn("member look-up failed, {} member(s) unknown to the directory get no message: {}",
                    request.memberIds().size(), cause.toString());
            return List.of();
        };
    }
}
