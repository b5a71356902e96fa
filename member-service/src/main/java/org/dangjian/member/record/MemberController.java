package org.dangjian.member.record;

import jakarta.validation.Valid;
import java.net.URI;
import org.dangjian.kit.security.rights.Administrators;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registering and reading one member; searching lives in {@code member.search}. */
@RestController
@RequestMapping("/api/members")
public class MemberController {
    private final MemberService service;

    public MemberController(MemberService service) {
        this.service = service;
    }

    @PostMapping
    @Administrators
    public ResponseEntity<MemberView> register(@Valid @RequestBody CreateMemberRequest request) {
        Member m = service.register(request);
        return ResponseEntity.created(URI.create("/api/members/" + m.getId())).body(MemberView.of(m));
    }

    @GetMapping("/{id}")
    public MemberView get(@PathVariable long id) {
        return MemberView.of(service.get(id));
    }
}
