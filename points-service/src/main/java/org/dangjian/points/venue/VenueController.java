package org.dangjian.points.venue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The venues a branch's meeting may name. org-service lists an organisation's venues only within the caller's
 * subtree, so a branch administrator could not see the town's venues there; this list is what the meeting form
 * offers, from points-service's own copy.
 */
@RestController
@RequestMapping("/api/points/venues")
@Tag(name = "会议计划与签到")
public class VenueController {
    private final OrgDirectory orgs;
    private final VenueCopy venues;

    VenueController(OrgDirectory orgs, VenueCopy venues) {
        this.orgs = orgs;
        this.venues = venues;
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listMeetingVenues", summary = "可用的活动阵地",
            description = "The venues (活动阵地) a meeting of the organisation may be held at: its own and those of the "
                    + "organisations above it, removed ones left out, as org-service announced them. For administrators and "
                    + "auditors whose subtree holds the organisation.")
    @ApiResponse(responseCode = "200", description = "活动阵地。The venues.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public List<VenueView> usable(@RequestParam long orgId) {
        OrgRef org = orgs.findInScope(orgId, CurrentUsers.get());
        List<KnownVenue> usable = venues.usableFor(org);
        Map<Long, OrgRef> owners = orgs.findAll(usable.stream().map(KnownVenue::orgId).distinct().toList());
        return usable.stream().map(v -> new VenueView(v.venueId(), v.orgId(),
                owners.containsKey(v.orgId()) ? owners.get(v.orgId()).name() : null, v.name(), v.address())).toList();
    }
}
