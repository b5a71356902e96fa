package org.dangjian.member.me;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dangjian.member.record.MemberView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The member's own record, for the mini-program. */
@RestController
public class OwnRecordController {
    private static final String PHONE = "1[3-9]\\d{9}";
    private final OwnRecord own;

    public OwnRecordController(OwnRecord own) {
        this.own = own;
    }

    public record WhereaboutsRequest(@Size(max = 50) String mobileCity, @Size(max = 100) String mobileUnit,
                                     @Size(max = 50) String mobileContact) {
    }

    public record PhoneCodeRequest(@NotBlank @Pattern(regexp = PHONE, message = "{dj.member.phone.invalid}") String phone) {
    }

    public record PhoneChangeRequest(@NotBlank @Pattern(regexp = PHONE, message = "{dj.member.phone.invalid}") String phone,
                                     @NotBlank String code) {
    }

    @GetMapping("/api/members/me")
    public MemberView me() {
        return MemberView.of(own.read());
    }

    @PutMapping("/api/members/me/mobile")
    public MemberView whereabouts(@Valid @RequestBody WhereaboutsRequest req) {
        return MemberView.of(own.moveTo(req.mobileCity(), req.mobileUnit(), req.mobileContact()));
    }

    /** 202: the code is on its way by SMS. */
    @PostMapping("/api/members/me/phone/code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void requestPhoneCode(@Valid @RequestBody PhoneCodeRequest req) {
        own.requestPhoneCode(req.phone());
    }

    @PostMapping("/api/members/me/phone")
    public MemberView changePhone(@Valid @RequestBody PhoneChangeRequest req) {
        return MemberView.of(own.changePhone(req.phone(), req.code()));
    }
}
