package org.dangjian.recruitment.application;

import java.time.Clock;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.recruitment.cases.CaseStatus;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.StepRole;
import org.springframework.stereotype.Component;

/**
 * A checked application as the case's row: the ID and phone numbers encrypted, blind-indexed and masked, the
 * birth date from the ID number, open on the catalogue version given, at its application step. One way to make
 * a case, whether a branch opens it or an import brings it part-way through.
 */
@Component
public class NewCases {
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final Clock clock;

    NewCases(FieldCipher cipher, BlindIndex blindIndex, Clock clock) {
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.clock = clock;
    }

    /** The catalogue's application step (role APPLICATION), which every case starts with. */
    public static StepDefinition applicationStep(Catalogue catalogue) {
        return catalogue.steps().stream().filter(s -> s.role() == StepRole.APPLICATION).findFirst().orElseThrow();
    }

    /** {@code r} has passed {@link ApplicationRules}; not inserted yet. */
    public RecruitmentCase record(OpenCaseRequest r, OrgRef branch, Catalogue catalogue, long openedBy) {
        StepDefinition application = applicationStep(catalogue);
        String id = r.idNumber().trim().toUpperCase();
        String phone = r.phone().trim();
        RecruitmentCase c = new RecruitmentCase();
        c.setCatalogueVersion(catalogue.version());
        c.setOrgId(branch.orgId());
        c.setOrgPath(branch.path());
        c.setName(r.name().trim());
        c.setGender(r.gender());
        c.setBirthDate(ResidentIdNumbers.birthDate(id).orElseThrow());
        c.setIdNumberEnc(cipher.encrypt(id));
        c.setIdNumberIdx(blindIndex.of(id));
        c.setIdNumberMasked(Masking.idNumber(id));
        c.setPhoneEnc(cipher.encrypt(phone));
        c.setPhoneIdx(blindIndex.of(phone));
        c.setPhoneMasked(Masking.phone(phone));
        c.setWorkUnit(r.workUnit() == null || r.workUnit().isBlank() ? null : r.workUnit().trim());
        c.setEducation(r.education());
        c.setEthnicity(r.ethnicity());
        c.setConfirmationRound(1);
        c.setApplicationDate(r.applicationDate());
        c.setStatus(CaseStatus.OPEN.name());
        c.setStage(application.stage());
        c.setLastStep(application.code());
        c.setLastStepOn(r.applicationDate());
        c.setOpenIdIdx(c.getIdNumberIdx());
        c.setOpenedBy(openedBy);
        c.setOpenedAt(clock.instant());
        return c;
    }
}
