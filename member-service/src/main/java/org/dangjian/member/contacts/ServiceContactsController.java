package org.dangjian.member.contacts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.dangjian.kit.security.rights.CalledBy;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members' contacts for other services (notify-service, when its directory has not heard of a member).
 * Under {@code /internal}: a service's token only (security-kit), never routed by the gateway. A batch,
 * so that a burst of unknown members costs the caller one call, not one per member.
 */
@RestController
class ServiceContactsController {
    /** The most ids one call may ask for; a caller with more splits them. */
    static final int MAX_IDS = 500;
    private final ServiceContacts contacts;

    ServiceContactsController(ServiceContacts contacts) {
        this.contacts = contacts;
    }

    record ContactsRequest(@NotNull @Size(min = 1, max = MAX_IDS) List<@NotNull Long> memberIds) {
    }

    /** Clear phones: not to be cached anywhere on the way. */
    @CalledBy("notify-service")
    @PostMapping("/internal/members/contacts")
    ResponseEntity<List<MemberContact>> contacts(@Valid @RequestBody ContactsRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(contacts.find(request.memberIds()));
    }
}
