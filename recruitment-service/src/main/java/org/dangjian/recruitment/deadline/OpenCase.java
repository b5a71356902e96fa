package org.dangjian.recruitment.deadline;

/** An open case as the deadline run and the overdue list read it: enough to name the person and find the branch. */
public record OpenCase(long id, long orgId, String orgPath, String name, String phoneMasked, int catalogueVersion) {
}
