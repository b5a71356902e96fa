package org.dangjian.recruitment.deadline;

/** What the deadline run announces about a step: its due date is near, or it has passed. */
enum DeadlineKind {
    APPROACHING,
    OVERDUE
}
