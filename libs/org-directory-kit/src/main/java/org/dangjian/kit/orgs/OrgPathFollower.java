package org.dangjian.kit.orgs;

/**
 * A service's own rows that carry organisation paths. When an organisation moves, the directory calls
 * every follower in the same transaction, so the service's paths and the tree never disagree.
 */
public interface OrgPathFollower {
    /** Rewrites every stored path that starts with {@code oldPrefix} to start with {@code newPrefix}. */
    void rewritePaths(String oldPrefix, String newPrefix);
}
