package org.dangjian.org.tree;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.dangjian.kit.security.rights.Administrators;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One organisation: create, read, edit, move, dissolve. Subtree reads are in {@link OrgQueryController}. */
@RestController
@RequestMapping("/api/orgs")
public class OrgController {
    private final OrgService service;

    public OrgController(OrgService service) {
        this.service = service;
    }

    @Administrators
    @PostMapping
    public ResponseEntity<OrgView> create(@Valid @RequestBody CreateOrgRequest request) {
        Org org = service.create(request);
        return ResponseEntity.created(URI.create("/api/orgs/" + org.getId())).body(OrgView.of(org));
    }

    @GetMapping("/{id}")
    public OrgView get(@PathVariable long id) {
        return OrgView.of(service.get(id));
    }

    @GetMapping("/{id}/children")
    public List<OrgView> children(@PathVariable long id) {
        return service.children(id).stream().map(OrgView::of).toList();
    }

    @Administrators
    @PatchMapping("/{id}")
    public OrgView update(@PathVariable long id, @Valid @RequestBody UpdateOrgRequest request) {
        return OrgView.of(service.update(id, request));
    }

    @Administrators
    @PostMapping("/{id}/move")
    public OrgView move(@PathVariable long id, @Valid @RequestBody MoveOrgRequest request) {
        return OrgView.of(service.move(id, request.newParentId()));
    }

    @Administrators
    @PostMapping("/{id}/dissolve")
    public OrgView dissolve(@PathVariable long id) {
        return OrgView.of(service.dissolve(id));
    }
}
