package org.dangjian.member.contacts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.kit.privacy.SensitiveReadAudit;
import org.dangjian.kit.security.ServiceCallers;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.privacy.SensitiveRead;
import org.dangjian.member.record.ClearNumbers;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.dangjian.member.record.NewMembers;
import org.springframework.stereotype.Service;

/**
 * Looks members up by id for a calling service and puts every id asked for in the sensitive-read audit
 * with the service's name: phones leave in clear, so each read is on record like an unmask. A service
 * has no organisation scope, so the lookup declares why it reads across the city ({@link Unscoped});
 * unknown ids are simply absent.
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

    @Unscoped("another service (notify-service) reaches members of any organisation; only a service token opens /internal, and every id read is audited")
    List<MemberContact> find(List<Long> memberIds) {
        // security-kit lets only services reach /internal; this names the one calling, for the audit.
        String service = ServiceCallers.find()
                .orElseThrow(() -> ApiException.forbidden("MEMBER_CONTACTS_FOR_SERVICES"));
        Set<Long> ids = new LinkedHashSet<>(memberIds);
        List<MemberContact> found = members.selectByIds(ids).stream().map(this::contact).toList();
        audit.serviceRead(SensitiveRead.SERVICE_CONTACT_LOOKUP, service, ids,
                "batch of " + ids.size() + ", " + found.size() + " found");
        return found;
    }

    private MemberContact contact(Member m) {
        return new MemberContact(m.getId(), m.getOrgId(), m.getOrgPath(), m.getName(), numbers.phone(m),
                NewMembers.statusOf(m).summary());
    }
}
