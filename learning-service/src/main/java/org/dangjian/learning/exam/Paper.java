package org.dangjian.learning.exam;

import java.util.List;

/** How an exam's paper is made: the same questions for everyone, or drawn per attempt by the rules. */
record Paper(List<Long> questionIds, List<Draw> draws) {
    Paper {
        questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
        draws = draws == null ? List.of() : List.copyOf(draws);
    }

    boolean fixed() {
        return !questionIds.isEmpty();
    }

    int size() {
        return fixed() ? questionIds.size() : draws.stream().mapToInt(Draw::count).sum();
    }
}
