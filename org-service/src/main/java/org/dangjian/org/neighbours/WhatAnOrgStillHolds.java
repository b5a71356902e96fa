package org.dangjian.org.neighbours;

import java.util.Optional;
import org.dangjian.kit.web.problem.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Before an organisation is dissolved, the services that keep its people are asked at that moment, through the
 * service client (its breaker and time limit): member-service for members (org-service's own count arrives by event
 * and can be seconds behind: a member added just before would be left in a dissolved organisation) and
 * transfer-service for transfers still under way. When either cannot answer, nothing is dissolved: 503, try again.
 */
@Component
public class WhatAnOrgStillHolds {
    public static final String CHECK_UNAVAILABLE = "ORG_DISSOLVE_CHECK_UNAVAILABLE";
    private static final Logger log = LoggerFactory.getLogger(WhatAnOrgStillHolds.class);
    private final MemberHoldingsClient members;
    private final OpenTransfersClient transfers;

    WhatAnOrgStillHolds(MemberHoldingsClient members, OpenTransfersClient transfers) {
        this.members = members;
        this.transfers = transfers;
    }

    /** {@code ORG_HAS_MEMBERS} or {@code ORG_HAS_OPEN_TRANSFERS} when the organisation may not be dissolved. */
    public Optional<String> dissolveRefusal(long orgId) {
        if (ask("member-service", () -> members.holding(orgId).members()) > 0) {
            return Optional.of("ORG_HAS_MEMBERS");
        }
        if (ask("transfer-service", () -> transfers.open(orgId).transfers()) > 0) {
            return Optional.of("ORG_HAS_OPEN_TRANSFERS");
        }
        return Optional.empty();
    }

    private static long ask(String service, java.util.function.LongSupplier question) {
        try {
            return question.getAsLong();
        } catch (RuntimeException e) {
            log.warn("{} could not say what an organisation still holds: {}", service, e.toString());
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, CHECK_UNAVAILABLE);
        }
    }
}
