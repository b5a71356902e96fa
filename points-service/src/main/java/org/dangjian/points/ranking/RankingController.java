package org.dangjian.points.ranking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rankings for administrators: an organisation's top N with its average (the caller's own organisation
 * unless {@code orgId} names one in their subtree). Each organisation decides whether its members see
 * their own rank.
 */
@RestController
@RequestMapping("/api/points/rankings")
public class RankingController {
    private final RankingQuery query;
    private final Visibility visibility;
    private final OrgDirectory orgs;
    private final Clock clock;

    RankingController(RankingQuery query, Visibility visibility, OrgDirectory orgs, Clock clock) {
        this.query = query;
        this.visibility = visibility;
        this.orgs = orgs;
        this.clock = clock;
    }

    @AdministratorsOrAuditors
    @GetMapping
    public RankingView top(@RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year,
                           @RequestParam(defaultValue = "50") int size) {
        return query.top(orgId, year != null ? year : LocalDate.now(clock).getYear(), size, CurrentUsers.get());
    }

    public record VisibilityRequest(@NotNull Long orgId, @NotNull Boolean membersSeeOwn) {
    }

    public record VisibilityView(long orgId, boolean membersSeeOwn) {
    }

    @GetMapping("/visibility")
    public VisibilityView visibility(@RequestParam long orgId) {
        OrgRef org = orgs.findInScope(orgId, CurrentUsers.get());
        return new VisibilityView(org.orgId(), visibility.membersSeeOwn(org.path()));
    }

    /** An administrator of the organisation (or above) turns members' view of their own rank on or off. */
    @Administrators
    @PutMapping("/visibility")
    public VisibilityView setVisibility(@Valid @RequestBody VisibilityRequest request) {
        CurrentUser caller = CurrentUsers.get();
        OrgRef org = orgs.findInScope(request.orgId(), caller);
        visibility.set(org.orgId(), request.membersSeeOwn(), caller.accountId());
        return new VisibilityView(org.orgId(), request.membersSeeOwn());
    }
}
