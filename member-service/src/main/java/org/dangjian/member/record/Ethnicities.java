package org.dangjian.member.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 56 nationalities of GB 3304-1991; a nationality's code is its position in this list, two digits
 * ("01" 汉族 … "56" 基诺族). Records store the code; clients and spreadsheets show the name. Imports
 * accept the name, with or without the trailing 族, or the code.
 */
public final class Ethnicities {
    public static final String HAN = "01";

    private static final String[] NAMES = {
            "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族",
            "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族",
            "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族",
            "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族",
            "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
            "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族",
            "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族"
    };
    private static final Map<String, String> BY_CODE = new LinkedHashMap<>();

    static {
        for (int i = 0; i < NAMES.length; i++) {
            BY_CODE.put(String.format("%02d", i + 1), NAMES[i]);
        }
    }

    private Ethnicities() {
    }

    public static boolean isCode(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    public static String name(String code) {
        return BY_CODE.get(code);
    }

    /** Code to name in GB 3304 order, for statistics and templates. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(BY_CODE);
    }

    public static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (BY_CODE.containsKey(t)) {
            return Optional.of(t);
        }
        String withSuffix = t.endsWith("族") ? t : t + "族";
        return BY_CODE.entrySet().stream().filter(e -> e.getValue().equals(withSuffix)).map(Map.Entry::getKey).findFirst();
    }
}
