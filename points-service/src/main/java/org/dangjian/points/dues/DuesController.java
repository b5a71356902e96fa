package org.dangjian.points.dues;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dues (党费): the yearly base per member, reductions and exemptions with their approval, payments per
 * month, and a month's summary per branch.
 */
@RestController
@RequestMapping("/api/points/dues")
public class DuesController {
    private final DuesBases bases;
    private final DuesReductions reductions;
    private final DuesPayments payments;
    private final DuesSummaries summaries;
    private final Clock clock;

    DuesController(DuesBases bases, DuesReductions reductions, DuesPayments payments, DuesSummaries summaries,
                   Clock clock) {
        this.bases = bases;
        this.reductions = reductions;
        this.payments = payments;
        this.summaries = summaries;
        this.clock = clock;
    }

    /** 201 for the year's first base, 200 when it replaces one. */
    @Administrators
    @PostMapping("/bases")
    public ResponseEntity<DuesBaseView> setBase(@Valid @RequestBody SetBaseRequest request) {
        DuesBaseView view = bases.set(request, CurrentUsers.get());
        return ResponseEntity.status(view.replaced() ? HttpStatus.OK : HttpStatus.CREATED).body(view);
    }

    @Administrators
    @PostMapping("/reductions")
    public ResponseEntity<ReductionView> reduce(@Valid @RequestBody ReductionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reductions.record(request, CurrentUsers.get()));
    }

    @Administrators
    @PostMapping("/payments")
    public ResponseEntity<PaymentView> pay(@Valid @RequestBody PaymentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(payments.pay(request, CurrentUsers.get()));
    }

    @AdministratorsOrAuditors
    @GetMapping
    public DuesSummaryView summary(@RequestParam(required = false) Long orgId,
                                   @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return summaries.of(orgId, month == null ? YearMonth.now(clock) : month, CurrentUsers.get());
    }
}
