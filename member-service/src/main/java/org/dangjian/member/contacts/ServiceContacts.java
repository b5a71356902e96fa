package org.dangjian.member.contacts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.kit.security.ServiceCallers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.privacy.SensitiveRead;
import org.dangjian.member.privacy.SensitiveReadAudit;
import org.dangjian.member.record.ClearNumbers;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Looks members up by id for a calling service and puts every id asked for in the sensitive-read audit
 * with the service's name: phones leave in clear, so each read is on record like an unmask. A service
 * has no organisation scope (security-kit adds no condition for it); unknown ids are simply absent.
 */
@Service
class ServiceContacts {
    private final MemberMapper members;
    private final ClearNumbers numbers;
    private final SensitiveReadAudit audit;

    ServiceContacts(MemberMapper members, ClearNumbers numbers, SensitiveReadAudit audit) {
        this.members = members;
        this.numbers = numbers;
        this.audit = audit;
    }

    List<MemberContact> find(List<Long> memberIds) {
        String service = ServiceCallers.find()
                .orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN"));
        Set<Long> ids = new LinkedHashSet<>(memberIds);
        List<MemberContact> found = members.selectByIds(ids).stream().map(this::contact).toList();
        audit.serviceRead(SensitiveRead.SERVICE_CONTACT_LOOKUP, service, ids,
                "batch of " + ids.size() + ", " + found.size() + " found");
        return found;
    }

    private MemberContact contact(Member m) {
        return new MemberContact(m.getId(), m.getOrgId(), m.getOrgPath(), m.getName(), numbers.phone(m),
                m.getStatus().name());
    }
}
