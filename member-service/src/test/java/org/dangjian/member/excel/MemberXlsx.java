package org.dangjian.member.excel;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.kit.identity.ResidentIdNumbers;

/** Builds and reads member workbooks in memory for the tests and the benchmark, with the service's library. */
final class MemberXlsx {
    static final List<String> HEADER = List.of("姓名", "性别", "民族", "出生日期", "身份证号", "手机号", "学历", "所在组织编码",
            "人员类别", "入党日期", "转正日期", "籍贯", "学位", "工作岗位", "工作单位", "党小组", "备注", "流动党员", "学历类型");
    /** Each number made here is new: birth dates from 1940 on, 400 sequence numbers a day. */
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private MemberXlsx() {
    }

    /** A valid Kunshan (320583) ID number nobody else in this JVM got. */
    static String newIdNumber(boolean male) {
        int n = SERIAL.getAndIncrement();
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n / 400);
        int seq = (n % 400) * 2 + (male ? 1 : 0);
        return ResidentIdNumbers.withCheckDigit("320583" + birth.toString().replace("-", "") + String.format("%03d", seq));
    }

    static LocalDate birthDate(String id) {
        return ResidentIdNumbers.birthDate(id).orElseThrow();
    }

    /** A full member of branch {@code orgCode}, consistent with the ID number; every optional cell filled. */
    static List<Object> member(String name, String id, String orgCode) {
        LocalDate birth = birthDate(id);
        boolean male = (id.charAt(16) - '0') % 2 == 1;
        LocalDate join = birth.plusYears(25);
        return new ArrayList<>(Arrays.asList(name, male ? "男" : "女", "汉族", birth.toString(), id,
                "139" + id.substring(10, 18).replace('X', '0'), "大学本科毕业", orgCode, "正式党员", join.toString(),
                join.plusYears(1).toString(), "江苏省苏州市昆山市", "学士", "企事业单位、民办非企业单位专业技术人员",
                "昆山市第一中学", "第一党小组", null, "否", "全日制教育"));
    }

    static byte[] of(List<List<Object>> rows) {
        return of(HEADER, rows);
    }

    static byte[] of(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet("党员").head(header.stream().map(List::of).toList()).doWrite(rows);
        return out.toByteArray();
    }

    /** Every row of a sheet including the header, as strings by column (missing cells as null). */
    static List<List<String>> read(byte[] xlsx, int sheet) {
        List<Map<Integer, String>> raw = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(sheet).headRowNumber(0)
                .doReadSync();
        List<List<String>> rows = new ArrayList<>();
        for (Map<Integer, String> cells : raw) {
            int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> row = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                row.add(cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
