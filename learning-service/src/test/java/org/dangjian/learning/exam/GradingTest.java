package org.dangjian.learning.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradingTest {
    private static final KeyedQuestion MULTIPLE = new KeyedQuestion(1, QuestionKind.MULTIPLE, "四个意识包括",
            List.of("政治意识", "大局意识", "核心意识", "看齐意识", "忧患意识"), List.of(0, 1, 2, 3), List.of(), List.of(), 2);
    private static final KeyedQuestion FILL = new KeyedQuestion(2, QuestionKind.FILL, "党的根本宗旨是____。",
            List.of(), List.of(), List.of("全心全意为人民服务"), List.of(), 1);

    @Test
    void a_multiple_choice_with_a_right_option_missing_or_a_wrong_one_added_scores_nothing() {
        assertThat(Grading.right(MULTIPLE, List.of(3, 2, 1, 0), null)).isTrue();
        assertThat(Grading.right(MULTIPLE, List.of(0, 1, 2), null)).isFalse();
        assertThat(Grading.right(MULTIPLE, List.of(0, 1, 2, 3, 4), null)).isFalse();
        assertThat(Grading.right(MULTIPLE, List.of(0, 0, 1, 2, 3), null)).as("an option chosen twice").isFalse();
    }

    @Test
    void a_fill_in_ignores_spaces_and_full_width_characters() {
        assertThat(Grading.right(FILL, List.of(), " 全心全意 为人民服务 ")).isTrue();
        assertThat(Grading.right(FILL, List.of(), "全心全意为人民服务　")).isTrue();
        assertThat(Grading.right(FILL, List.of(), "为人民服务")).isFalse();
        assertThat(Grading.right(FILL, List.of(), "")).isFalse();
    }

    @Test
    void the_score_is_out_of_100_with_one_decimal() {
        assertThat(Grading.score(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Grading.score(0, 0)).isEqualByComparingTo("0.0");
    }
}
