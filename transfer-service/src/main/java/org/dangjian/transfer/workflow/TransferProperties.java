package org.dangjian.transfer.workflow;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local rules of transfers ({@code dj.transfer.*}); the defaults are the common national practice.
 *
 * @param stepWorkingDays working days an approver has for each step
 * @param letterValidMonths months a letter of introduction is valid for
 * @param letterValidMonthsAcrossProvinces months a letter is valid for when the transfer crosses provinces
 * @param letterNumberPrefix printed before the year and the transfer's number in the letter number, e.g.
 *        {@code KS2026-000123}
 * @param organisationDepartment the organisation that issues the letter when no level of the chain approves
 *        (the city committee's organisation department)
 * @param verifyBaseUrl where a letter's QR code leads: the public verification page,
 *        {@code {base}/letters/{number}?code=...} on the portal, which asks the public verification route
 * @param cityRegion the GB/T 2260 code of the city itself (Kunshan 320583): a transfer to or from a region of
 *        another province is across provinces. A setting, because org-service's root organisation carries no
 *        code of its own.
 */
@ConfigurationProperties("dj.transfer")
public record TransferProperties(
        @DefaultValue("5") int stepWorkingDays,
        @DefaultValue("3") int letterValidMonths,
        @DefaultValue("6") int letterValidMonthsAcrossProvinces,
        @DefaultValue("KS") String letterNumberPrefix,
        @DefaultValue("中共昆山市委组织部") String organisationDepartment,
        @DefaultValue("http://localhost:8080") String verifyBaseUrl,
        @DefaultValue("320583") String cityRegion,
        @DefaultValue Chain chain) {

    /**
     * @param approverTypes organisation types that approve transfers (org-service's OrgType names)
     * @param commonAncestorAlways whether the common ancestor approves even when levels below it already do
     */
    public record Chain(
            @DefaultValue({"COMMITTEE", "WORKING_COMMITTEE"}) List<String> approverTypes,
            @DefaultValue("false") boolean commonAncestorAlways) {
    }
}
