package org.dangjian.org.tree;

import java.util.Optional;

/**
 * The tree's rules about types and dissolving, as plain functions of the counts the service looked up.
 * Each returns the problem code of the first rule broken, or empty.
 */
final class OrgRules {
    private OrgRules() {
    }

    /**
     * Only committees, working committees and general branches have child organisations; only branches hold
     * members. A type change must keep what the organisation already has in a place it may be.
     */
    static Optional<String> typeChangeRefusal(OrgType newType, long activeChildren, long members) {
        if (activeChildren > 0 && !newType.mayHaveChildren()) {
            return Optional.of("ORG_TYPE_HAS_CHILDREN");
        }
        if (members > 0 && !newType.holdsMembers()) {
            return Optional.of("ORG_TYPE_HAS_MEMBERS");
        }
        return Optional.empty();
    }

    /**
     * Dissolving needs an empty organisation: its active child organisations must be dissolved or moved
     * first, its members transferred. The root is never dissolved, and nobody dissolves the organisation
     * their own account belongs to (that is for the superior organisation, and it would end their scope).
     */
    static Optional<String> dissolveRefusal(Org org, long activeChildren, long members, Long callerOrgId) {
        if (!org.isActive()) {
            return Optional.of("ORG_DISSOLVED");
        }
        if (org.getParentId() == null) {
            return Optional.of("ORG_ROOT_CANNOT_DISSOLVE");
        }
        if (org.getId().equals(callerOrgId)) {
            return Optional.of("ORG_OWN_CANNOT_DISSOLVE");
        }
        if (activeChildren > 0) {
            return Optional.of("ORG_HAS_CHILDREN");
        }
        if (members > 0) {
            return Optional.of("ORG_HAS_MEMBERS");
        }
        return Optional.empty();
    }

    /** A dissolved organisation is no parent any more: nothing is created or moved under it. */
    static Optional<String> parentRefusal(Org parent) {
        if (!parent.isActive()) {
            return Optional.of("ORG_PARENT_DISSOLVED");
        }
        if (!parent.getType().mayHaveChildren()) {
            return Optional.of("ORG_PARENT_CANNOT_HAVE_CHILDREN");
        }
        return Optional.empty();
    }
}
