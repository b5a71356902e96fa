package org.dangjian.transfer.letter;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.transfer.workflow.Transfer;
import org.dangjian.transfer.workflow.TransferAccess;
import org.dangjian.transfer.workflow.TransferKind;
import org.dangjian.transfer.workflow.TransferMapper;
import org.dangjian.transfer.workflow.TransferProperties;
import org.dangjian.transfer.workflow.TransferStatus;
import org.springframework.stereotype.Service;

/** Prints an issued letter and answers the verification its QR code asks for. */
@Service
class Letters {
    static final String NOT_ISSUED = "TRANSFER_LETTER_NOT_ISSUED";
    static final String LETTER_NOT_FOUND = "TRANSFER_LETTER_NOT_FOUND";
    static final String NO_LETTER_IN_CITY = "TRANSFER_NO_LETTER_IN_CITY";
    static final String NO_LETTER_INTO_CITY = "TRANSFER_NO_LETTER_INTO_CITY";

    private final TransferAccess access;
    private final TransferMapper transfers;
    private final MemberRoster roster;
    private final LetterPdf pdf;
    private final TransferProperties properties;
    private final Clock clock;

    Letters(TransferAccess access, TransferMapper transfers, MemberRoster roster, LetterPdf pdf,
            TransferProperties properties, Clock clock) {
        this.access = access;
        this.transfers = transfers;
        this.roster = roster;
        this.pdf = pdf;
        this.properties = properties;
        this.clock = clock;
    }

    record Printed(String number, byte[] pdf) {
    }

    /**
     * The letter of a transfer the caller can see; issued once the last level approved, and only for a
     * member leaving the city: within the city transfers are paperless, and a member arriving from outside
     * carries the outside organisation's letter.
     */
    Printed print(long transferId) {
        Transfer t = access.get(transferId);
        if (!t.printsLetter()) {
            throw ApiException.conflict(t.getKind() == TransferKind.IN_CITY ? NO_LETTER_IN_CITY : NO_LETTER_INTO_CITY);
        }
        if (t.getLetterNumber() == null) {
            throw ApiException.conflict(NOT_ISSUED);
        }
        MemberRef member = roster.find(t.getMemberId()).orElse(null);
        IntroductionLetter letter = new IntroductionLetter(t.getLetterNumber(), t.getMemberName(),
                member == null ? null : member.gender(),
                member == null ? null : member.ageOn(t.getLetterIssuedOn()),
                member != null && member.probationary(),
                t.getFromOrgName(), t.getExternalOrg(),
                t.externalPlace() == null ? null : t.externalPlace().printed(), t.getLetterIssuerName(),
                t.getDuesPaidUntil() == null ? null : YearMonth.parse(t.getDuesPaidUntil()),
                t.getLetterIssuedOn(), t.getLetterValidUntil(), verifyUrl(t), t.reasonOnLetter());
        return new Printed(t.getLetterNumber(), pdf.render(letter));
    }

    /** Unknown number and wrong code look the same, so numbers cannot be probed. */
    @Unscoped("public letter check: whoever holds the paper scans its QR code without signing in; the letter's"
            + " number and its secret code, not a caller, decide what is shown, and the name is masked")
    LetterVerification verify(String number, String code) {
        Transfer t = transfers.selectOne(new QueryWrapper<Transfer>().eq("letter_number", number));
        if (t == null || code == null || !MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                t.getLetterCode().getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.notFound(LETTER_NOT_FOUND);
        }
        boolean acceptable = t.getStatus() == TransferStatus.APPROVED
                && !LocalDate.now(clock).isAfter(t.getLetterValidUntil());
        return new LetterVerification(t.getLetterNumber(), masked(t.getMemberName()),
                t.getFromOrgName() != null ? t.getFromOrgName() : t.getExternalOrg(),
                t.getToOrgName() != null ? t.getToOrgName() : t.getExternalOrg(),
                t.getLetterIssuedOn(), t.getLetterValidUntil(), t.getStatus(), acceptable);
    }

    /** The portal's public page for the letter (a person scans it with a phone), which asks the verification route. */
    private String verifyUrl(Transfer t) {
        return properties.verifyBaseUrl() + "/letters/" + t.getLetterNumber() + "?code=" + t.getLetterCode();
    }

    /** 张建国 → 张*国, 李华 → 李*: enough for the holder to match the paper, too little to identify. */
    static String masked(String name) {
        if (name.length() <= 1) {
            return name;
        }
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }
}
