package org.dangjian.transfer.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dangjian.kit.orgs.OrgRef;

/**
 * Which organisations approve a transfer, in order, derived from the tree. Within the city: the
 * approving committees above the sending branch up to (not including) the common ancestor, then those
 * below it down to the receiving branch; the common ancestor itself approves only when no other level
 * does (both branches under one committee) or when configured always to. Out of the city: every
 * approving level above the sending branch, nearest first, up to the city. Into the city: every
 * approving level above the receiving branch, from the city down. Which organisation types approve is
 * configuration ({@code dj.transfer.chain.approver-types}).
 */
public final class ApprovalChain {
    private final Set<String> approverTypes;
    private final boolean commonAncestorAlways;

    public ApprovalChain(Set<String> approverTypes, boolean commonAncestorAlways) {
        this.approverTypes = Set.copyOf(approverTypes);
        this.commonAncestorAlways = commonAncestorAlways;
    }

    /** The ids whose details {@link #derive} needs: every organisation above either end. */
    public static Set<Long> idsAbove(OrgRef from, OrgRef to) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        if (from != null) {
            ids.addAll(from.ancestorIds());
        }
        if (to != null) {
            ids.addAll(to.ancestorIds());
        }
        return ids;
    }

    /**
     * @param from the sending branch, null for a member arriving from outside
     * @param to the receiving branch, null for a member leaving the city
     * @param orgs the organisations above both ends, by id (see {@link #idsAbove})
     */
    public List<OrgRef> derive(OrgRef from, OrgRef to, Map<Long, OrgRef> orgs) {
        Predicate<OrgRef> approves = o -> o != null && approverTypes.contains(o.type()) && !o.dissolved();
        if (to == null) {
            return pick(reversed(from.ancestorIds()), orgs, approves);
        }
        if (from == null) {
            return pick(to.ancestorIds(), orgs, approves);
        }
        List<Long> up = from.ancestorIds();
        List<Long> down = to.ancestorIds();
        int common = 0;
        while (common < up.size() && common < down.size() && up.get(common).equals(down.get(common))) {
            common++;
        }
        List<OrgRef> chain = new ArrayList<>(pick(reversed(up.subList(common, up.size())), orgs, approves));
        List<OrgRef> receiving = pick(down.subList(common, down.size()), orgs, approves);
        if (common > 0) {
            // walk up from the common ancestor until an approving level is found
            List<OrgRef> above = pick(reversed(up.subList(0, common)), orgs, approves);
            if (!above.isEmpty() && (commonAncestorAlways || (chain.isEmpty() && receiving.isEmpty()))) {
                chain.add(above.get(0));
            }
        }
        chain.addAll(receiving);
        return chain;
    }

    private static List<OrgRef> pick(List<Long> ids, Map<Long, OrgRef> orgs, Predicate<OrgRef> approves) {
        return ids.stream().map(orgs::get).filter(approves).toList();
    }

    private static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }
}
