package org.dangjian.kit.codes;

import java.util.Arrays;
import java.util.Optional;

/**
 * GB/T 4658-2006 学历代码, read: the level a code belongs to (its first digit; {@code 81} 小学毕业 is of level
 * {@code 80} 小学教育) and whether the schooling was finished ({@link Completion}, from the code's row). Whether it
 * was full-time or in-service is not in the code: {@link StudyMode} is recorded beside it.
 */
public final class Education {
    public static final String PRIMARY_SCHOOL = "80";

    private Education() {
    }

    /** 毕业, 结业, 肄业: the standard's three outcomes, told apart by the code (e.g. 21, 22, 23). */
    public enum Completion {
        GRADUATED("毕业"),
        COMPLETED_WITHOUT_DIPLOMA("结业"),
        LEFT_BEFORE_THE_END("肄业");

        private final String label;

        Completion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Optional<Completion> ofLabel(String label) {
            return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
        }
    }

    /** 全日制教育 / 在职教育: recorded beside the education code, which does not express it. */
    public enum StudyMode {
        FULL_TIME("全日制教育"),
        IN_SERVICE("在职教育");

        private final String label;

        StudyMode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static CodeTable table() {
        return CodeTables.education();
    }

    /** The level heading of a known code: {@code 81} → {@code 80} 小学教育; {@code 90} 其他 is its own level. */
    public static Optional<Code> level(String code) {
        return table().find(code).flatMap(c -> table().find(c.code().charAt(0) + "0"));
    }

    /** Empty for a level heading ({@code 20} 大学本科教育) and for {@code 90} 其他: they say nothing of it. */
    public static Optional<Completion> completion(String code) {
        return table().find(code).flatMap(c -> c.attribute("completion")).flatMap(Completion::ofLabel);
    }
}
