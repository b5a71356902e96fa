package org.dangjian.notify.directory;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.notify.directory.MemberDirectoryClient.ContactsRequest;
import org.dangjian.notify.directory.MemberDirectoryClient.RemoteMember;
import org.springframework.stereotype.Component;

/**
 * Asks member-service about members the directory lacks: those recorded before this service was deployed
 * or whose events have aged out of Kafka. One call per 500 ids, so a poll full of unknown members costs
 * one call, not one per member. Never throws for member-service's troubles: the client's fallback
 * answers nobody.
 */
@Component
class MemberLookup {
    private final MemberDirectoryClient client;

    MemberLookup(MemberDirectoryClient client) {
        this.client = client;
    }

    List<RemoteMember> find(List<Long> memberIds) {
        List<RemoteMember> found = new ArrayList<>();
        for (int from = 0; from < memberIds.size(); from += MemberDirectoryClient.MAX_IDS) {
            List<Long> batch = memberIds.subList(from, Math.min(memberIds.size(), from + MemberDirectoryClient.MAX_IDS));
            found.addAll(client.contacts(new ContactsRequest(List.copyOf(batch))));
        }
        return found;
    }
}
