package org.dangjian.notify.directory;

import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * member-service's contact look-up, through discovery with this service's token (service-client-kit),
 * inside a Resilience4j breaker with a time limit; when it fails, {@link MemberDirectoryFallback} answers.
 */
@FeignClient(name = "member-service", contextId = "memberDirectory", fallbackFactory = MemberDirectoryFallback.class)
public interface MemberDirectoryClient {
    /** The most ids member-service takes in one call. */
    int MAX_IDS = 500;

    @PostMapping("/internal/members/contacts")
    List<RemoteMember> contacts(@RequestBody ContactsRequest request);

    record ContactsRequest(List<Long> memberIds) {
    }

    /** A member as member-service knows them, phone in clear (it is encrypted before it is stored). */
    record RemoteMember(long memberId, long orgId, String orgPath, String name, String phone, String status) {
    }
}
