package org.dangjian.learning.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Marks answers. A choice question is right when the options chosen are exactly the right ones (a multiple choice
 * with one right option missing scores nothing, as on the paper exams); a fill-in when its text, with full-width
 * characters folded and spaces and case ignored, equals one of the accepted texts. Every question weighs the same;
 * the score is out of 100 with one decimal.
 */
final class Grading {
    private Grading() {
    }

    /** {@code chosen} are indices into the options as the author wrote them. */
    static boolean right(KeyedQuestion question, List<Integer> chosen, String text) {
        if (question.kind() == QuestionKind.FILL) {
            String given = fold(text);
            return !given.isEmpty() && question.accepted().stream().map(Grading::fold).anyMatch(given::equals);
        }
        return chosen != null && !chosen.isEmpty() && new HashSet<>(chosen).size() == chosen.size()
                && Set.copyOf(chosen).equals(Set.copyOf(question.correct()));
    }

    static BigDecimal score(int right, int total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(100L * right).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
