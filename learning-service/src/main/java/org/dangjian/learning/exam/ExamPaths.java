package org.dangjian.learning.exam;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organisation moved in the tree: its question bank and exams (and its subtree's) follow, so they stay with
 * their administrators and their takers, and an exam keeps drawing from the banks above it where it now is.
 */
@Component
class ExamPaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    ExamPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "question", "org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "exam", "org_path", oldPrefix, newPrefix);
    }
}
