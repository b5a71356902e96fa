package org.dangjian.transfer.workflow;

import jakarta.validation.Valid;
import java.net.URI;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registering a transfer, reading one, and each decision along its way. Whoever may see a transfer
 * reads it; only administrators act on it (which side may do what is the workflow's rule).
 */
@RestController
@RequestMapping("/api/transfers")
public class TransferController {
    private final TransferRegistration registration;
    private final TransferDecisions decisions;
    private final TransferClosing closing;
    private final TransferAccess access;

    TransferController(TransferRegistration registration, TransferDecisions decisions, TransferClosing closing,
                       TransferAccess access) {
        this.registration = registration;
        this.decisions = decisions;
        this.closing = closing;
        this.access = access;
    }

    @Administrators
    @PostMapping
    public ResponseEntity<TransferView> register(@Valid @RequestBody RegisterTransferRequest request) {
        Transfer t = registration.register(request, CurrentUsers.get());
        return ResponseEntity.created(URI.create("/api/transfers/" + t.getId())).body(access.view(t));
    }

    @GetMapping("/{id:\\d+}")
    public TransferView get(@PathVariable long id) {
        return access.view(access.get(id));
    }

    @Administrators
    @PostMapping("/{id:\\d+}/approve")
    public TransferView approve(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest decision) {
        return access.view(decisions.approve(id, orNone(decision), CurrentUsers.get()));
    }

    @Administrators
    @PostMapping("/{id:\\d+}/reject")
    public TransferView reject(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest decision) {
        return access.view(decisions.reject(id, orNone(decision), CurrentUsers.get()));
    }

    @Administrators
    @PostMapping("/{id:\\d+}/arrive")
    public TransferView arrive(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest note) {
        return access.view(closing.arrive(id, orNone(note), CurrentUsers.get()));
    }

    @Administrators
    @PostMapping("/{id:\\d+}/cancel")
    public TransferView cancel(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest note) {
        return access.view(closing.cancel(id, orNone(note), CurrentUsers.get()));
    }

    private static DecisionRequest orNone(DecisionRequest body) {
        return body == null ? DecisionRequest.none() : body;
    }
}
