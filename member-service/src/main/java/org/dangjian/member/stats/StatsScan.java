package org.dangjian.member.stats;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.member.orgs.OrgRef;

/**
 * The parameters of the one grouped scan: the subtree, and the dates that split birth and admission
 * dates into bands (computed here, so that the database compares plain dates on the index).
 */
record StatsScan(String pathPattern, int prefixLength, List<LocalDate> bornAfter, List<LocalDate> periodStarts) {
    static StatsScan of(OrgRef org, LocalDate today) {
        return new StatsScan(org.path() + "%", org.path().length(), AgeBands.bornAfter(today), AdmissionPeriods.starts());
    }
}
