package org.dangjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One member as a row of member-service's import template (the required columns, then the optional ones); the coded
 * columns (民族, 学历, 籍贯, 工作岗位) hold names or codes of the code-tables kit, as the import takes them.
 */
record MemberRow(String name, String gender, String ethnicity, LocalDate birthDate, String idNumber, String phone,
                 String education, String orgCode, String category, LocalDate joinDate, LocalDate fullDate,
                 String nativePlace, String degree, String occupation, String workUnit, String area) {
    static final List<String> HEADER = List.of("姓名", "性别", "民族", "出生日期", "身份证号", "手机号", "学历",
            "所在组织编码", "人员类别", "入党日期", "转正日期", "籍贯", "学位", "工作岗位", "工作单位");

    List<Object> cells() {
        List<Object> cells = new ArrayList<>(Arrays.asList(name, gender, ethnicity, birthDate.toString(), idNumber,
                phone, education, orgCode, category, joinDate.toString(), fullDate == null ? "" : fullDate.toString(),
                nativePlace, degree, occupation, workUnit));
        cells.replaceAll(c -> c == null ? "" : c);
        return cells;
    }
}
