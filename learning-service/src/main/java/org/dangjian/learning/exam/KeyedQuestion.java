package org.dangjian.learning.exam;

import java.util.List;

/** A question with its key, as the bank holds it: never sent to a taker before their attempt is submitted. */
record KeyedQuestion(long id, QuestionKind kind, String stem, List<String> options, List<Integer> correct,
                     List<String> accepted, List<String> tags, int difficulty) {
}
