package org.dangjian.member.me;

import java.time.Clock;
import java.time.Instant;
import org.dangjian.contracts.member.MemberPhoneCodeRequested;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberService;
import org.dangjian.member.record.history.ChangeActor;
import org.dangjian.member.record.update.MemberPatch;
import org.dangjian.member.record.update.MemberUpdates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member does with their own record from the mini-program: read it, say where they are, and move
 * to a new phone once an SMS code sent to that phone comes back. The token's member id picks the record
 * (and data scope limits a member token to that row anyway).
 */
@Service
public class OwnRecord {
    public static final String MEMBER_NOT_MOBILE = "MEMBER_NOT_MOBILE";
    public static final String MEMBER_PHONE_CODE_INVALID = "MEMBER_PHONE_CODE_INVALID";
    public static final String MEMBER_PHONE_CODE_TOO_FREQUENT = "MEMBER_PHONE_CODE_TOO_FREQUENT";

    private final MemberService members;
    private final MemberUpdates updates;
    private final PhoneCodes codes;
    private final BlindIndex blindIndex;
    private final EventOutbox outbox;
    private final EventSeal seal;
    private final Clock clock;

    public OwnRecord(MemberService members, MemberUpdates updates, PhoneCodes codes, BlindIndex blindIndex,
                     EventOutbox outbox, EventSeal seal, Clock clock) {
        this.members = members;
        this.updates = updates;
        this.codes = codes;
        this.blindIndex = blindIndex;
        this.outbox = outbox;
        this.seal = seal;
        this.clock = clock;
    }

    public Member read() {
        return members.get(memberId(CurrentUsers.get()));
    }

    @Transactional
    public Member moveTo(String city, String unit, String contact) {
        CurrentUser caller = CurrentUsers.get();
        Member m = members.get(memberId(caller));
        // Mobility is recorded by the branch (the flag, region and since-date); the member keeps the details current.
        if (!m.isMobile()) {
            throw ApiException.conflict(MEMBER_NOT_MOBILE);
        }
        // A PUT replaces the whereabouts: a part left out is cleared.
        return updates.apply(m, MemberPatch.whereabouts(orEmpty(city), orEmpty(unit), orEmpty(contact)),
                ChangeActor.of(caller));
    }

    /** Sends a code to the new phone (through notify-service); once per member per interval. */
    @Transactional
    public void requestPhoneCode(String phone) {
        Member m = read();
        if (!codes.takeRequestSlot(m.getId())) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, MEMBER_PHONE_CODE_TOO_FREQUENT);
        }
        String plain = phone.strip();
        String code = codes.issue(m.getId(), blindIndex.of(plain));
        outbox.add(new MemberPhoneCodeRequested(m.getId(), seal.seal(plain), seal.seal(code), Instant.now(clock).plus(codes.ttl())));
    }

    /** The new phone, if {@code code} is the one sent to it; a wrong code counts against the tries. */
    @Transactional
    public Member changePhone(String phone, String code) {
        CurrentUser caller = CurrentUsers.get();
        Member m = members.get(memberId(caller));
        String plain = phone.strip();
        if (!codes.verify(m.getId(), blindIndex.of(plain), code)) {
            throw ApiException.invalidField("code", MEMBER_PHONE_CODE_INVALID);
        }
        return updates.apply(m, MemberPatch.phoneOnly(plain), ChangeActor.of(caller));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A token without a member (an administrator's) has no own record: not found. */
    private static long memberId(CurrentUser caller) {
        if (caller.memberId() == null) {
            throw ApiException.notFound(MemberService.MEMBER_NOT_FOUND);
        }
        return caller.memberId();
    }
}
