package org.dangjian.transfer.codes;

import java.util.List;
import java.util.Optional;
import org.dangjian.kit.codes.CodeTable;
import org.dangjian.kit.codes.CodeTables;

/**
 * Why a member's relationship moves (组织关系转接原因), as a code of the kit's table, never free text: statistics
 * count reasons, and a typed sentence counts nothing. The registering administrator may add a note beside it.
 * {@link #recognise} reads the free-text reasons written before the codes (migration V11).
 */
public final class TransferReasons {
    /** 其他: the code an unrecognised wording migrates to, its text kept as the note. */
    public static final String OTHER = "99";

    /**
     * Words that name a reason in the wordings administrators typed, checked in this order (the first match wins):
     * the narrower reasons first, so that 退伍 is not read as 入伍 nor 离退休 as anything else.
     */
    private static final List<Wording> WORDINGS = List.of(
            new Wording("05", "退出现役", "退伍", "退役", "转业", "复员"),
            new Wording("04", "入伍", "参军", "服役", "征兵"),
            new Wording("06", "离退休", "退休", "离休"),
            new Wording("03", "毕业"),
            new Wording("02", "升学", "入学", "考研", "读研", "考入", "录取", "深造", "就读", "求学"),
            new Wording("09", "组织调整", "撤并", "合并", "撤销", "拆分", "组织关系调整"),
            new Wording("08", "外出务工经商", "务工", "经商", "打工"),
            new Wording("07", "迁居", "搬迁", "搬家", "随迁", "随配偶", "定居", "落户", "户籍迁", "居住地"),
            new Wording("01", "工作调动", "调动", "调任", "调入", "调往", "调离", "工作变动", "换工作", "就业",
                    "入职", "录用", "工作单位"));

    private TransferReasons() {
    }

    public static CodeTable table() {
        return CodeTables.transferReasons();
    }

    public static boolean isValid(String code) {
        return table().isValid(code);
    }

    /** The label of a code in the table; the code itself for one that is not (a row from a later table). */
    public static String label(String code) {
        return code == null ? null : table().label(code).orElse(code);
    }

    /**
     * The code an old free-text reason stands for: a table label or a usual word for it anywhere in the text
     * ("工作调动至玉山镇政府" → 01), else {@link #OTHER}.
     */
    public static String recognise(String wording) {
        if (wording == null || wording.isBlank()) {
            return OTHER;
        }
        Optional<String> byLabel = table().codeOf(wording);
        if (byLabel.isPresent()) {
            return byLabel.get();
        }
        for (Wording w : WORDINGS) {
            for (String word : w.words()) {
                if (wording.contains(word)) {
                    return w.code();
                }
            }
        }
        return OTHER;
    }

    private record Wording(String code, String... words) {
    }
}
