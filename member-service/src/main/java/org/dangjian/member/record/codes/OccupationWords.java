package org.dangjian.member.record.codes;

import java.util.Map;
import java.util.Optional;
import org.dangjian.kit.codes.CodeTables;

/**
 * 工作岗位 (occupation) as the kit's occupations table codes it, from the code or the table's label; and, only to
 * migrate the free text written before issue 18, the usual words for each category. The words are the platform's
 * reading of the 党内统计公报's categories (there is no national synonym list); a word not here stays as it was
 * typed ({@code occupationText}), never guessed into a category.
 */
public final class OccupationWords {
    private static final Map<String, String> USUAL_WORDS = Map.ofEntries(
            Map.entry("工人", "01"), Map.entry("企业职工", "01"), Map.entry("职工", "01"), Map.entry("工勤人员", "01"),
            Map.entry("农民", "02"), Map.entry("渔民", "02"), Map.entry("牧民", "02"), Map.entry("农牧民", "02"),
            Map.entry("专业技术人员", "03"), Map.entry("教师", "03"), Map.entry("医生", "03"), Map.entry("医务人员", "03"),
            Map.entry("护士", "03"), Map.entry("工程师", "03"), Map.entry("科研人员", "03"),
            Map.entry("管理人员", "04"), Map.entry("企业管理人员", "04"),
            Map.entry("公务员", "05"), Map.entry("机关干部", "05"), Map.entry("机关工作人员", "05"),
            Map.entry("在校学生", "06"),
            Map.entry("社会组织从业人员", "07"), Map.entry("个体工商户", "07"), Map.entry("自由职业者", "07"),
            Map.entry("其他", "07"),
            Map.entry("退休", "08"), Map.entry("离休", "08"), Map.entry("退休人员", "08"), Map.entry("离休干部", "08"),
            Map.entry("离退休", "08"), Map.entry("离退休干部", "08"),
            Map.entry("下岗", "10"), Map.entry("失业", "10"), Map.entry("无业", "10"), Map.entry("待业", "10"),
            Map.entry("下岗失业人员", "10"));

    private OccupationWords() {
    }

    /** The code of a code or label of the table (what an import cell may hold). */
    public static Optional<String> codeOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return CodeTables.occupations().isValid(t) ? Optional.of(t) : CodeTables.occupations().codeOf(t);
    }

    /** Old free text read as a category when it is the code, the label or one of the usual words. */
    public static Optional<String> recognise(String text) {
        Optional<String> exact = codeOf(text);
        return exact.isPresent() || text == null ? exact : Optional.ofNullable(USUAL_WORDS.get(text.strip()));
    }
}
