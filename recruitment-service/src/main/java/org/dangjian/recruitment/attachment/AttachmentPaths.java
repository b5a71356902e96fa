package org.dangjian.recruitment.attachment;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attachments carry their case's path: a moved branch takes them along, so its scope still finds them. */
@Component
class AttachmentPaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    AttachmentPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "case_attachment", "org_path", oldPrefix, newPrefix);
    }
}
