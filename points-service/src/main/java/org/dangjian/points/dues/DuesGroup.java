package org.dangjian.points.dues;

/** The 2008 dues groups; students, the unemployed and members on relief pay the same token amount. */
public enum DuesGroup {
    /** Base: after-tax monthly pay. */
    EMPLOYED,
    /** Base: monthly pension. */
    RETIRED,
    /** Base: the monthly amount itself, 0.20 to 1.00 yuan, as the branch decided. */
    FARMER,
    STUDENT,
    /** Also members on relief (低保): the same 0.20 yuan. */
    UNEMPLOYED
}
