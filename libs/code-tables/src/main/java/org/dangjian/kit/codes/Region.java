package org.dangjian.kit.codes;

/**
 * An administrative division of GB/T 2260: a 6-digit code whose first two digits name the province, the next two
 * the prefecture, the last two the county ({@code 320583} 昆山市 in {@code 320500} 苏州市 in {@code 320000} 江苏省).
 * {@code parentCode} is null for a province.
 */
public record Region(String code, String name, Level level, String parentCode) {
    public enum Level {
        /** 省级: provinces, autonomous regions, municipalities, special administrative regions. */
        PROVINCE,
        /** 地级: prefecture-level cities, prefectures, leagues, autonomous prefectures. */
        PREFECTURE,
        /** 县级: counties, county-level cities, districts, banners. */
        COUNTY
    }

    /** The 6-digit code of the province this division lies in. */
    public String provinceCode() {
        return code.substring(0, 2) + "0000";
    }
}
