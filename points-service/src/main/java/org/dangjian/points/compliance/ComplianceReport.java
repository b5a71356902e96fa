package org.dangjian.points.compliance;

import java.util.List;

/**
 * For a month: each branch of the subtree and, per requirement, whether it was MET, is still DUE (its
 * period has not ended) or was MISSED. Branches that missed the most come first.
 */
public record ComplianceReport(String month, int branches, int branchesMissing, List<Branch> items) {
    public record Branch(long orgId, String name, List<Item> requirements, int missed) {
    }

    public record Item(String type, String typeLabel, String period, int held, String status) {
    }
}
