package org.dangjian.member.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.member.TestIdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An import checks each row's join date against the minimum age at admission in force on that day. */
class ImportAdmissionAgeTest extends TreeApiTest {

    @AfterEach
    void backToTheNationalValue() {
        jdbc.update("DELETE FROM rule_set WHERE created_by IS NOT NULL");
    }

    @Test
    void anImportChecksTheMinimumAgeInForceOnEachJoinDate() {
        assertThat(put(cityAdmin, "/api/members/rule-sets/admission", Map.of("effectiveFrom", today().toString(),
                "source", "市委组织部通知", "value", Map.of("minimumAge", 20)))).hasStatusOk();
        LocalDate born = today().minusYears(19);
        List<Object> joinedToday = probationary("今日", TestIdNumbers.idNumber(born, true), today());
        List<Object> joinedYesterday = probationary("昨日", TestIdNumbers.idNumber(born, false), today().minusDays(1));

        MvcTestResult refused = upload(MemberXlsx.of(List.of(joinedYesterday, joinedToday)));
        assertThat(refused).hasStatus(400);
        List<String> problems = new ArrayList<>();
        body(refused).get("rows").forEach(r -> problems.add(r.get("row").asInt() + " " + r.get("column").asString()));
        assertThat(problems).as("only the row that joined when 20 was in force").containsExactly("3 入党日期");

        assertThat(upload(MemberXlsx.of(List.of(joinedYesterday)))).hasStatusOk();
    }

    private List<Object> probationary(String name, String id, LocalDate joined) {
        String branchCode = jdbc.queryForObject("SELECT code FROM org_ref WHERE org_id = ?", String.class, branchA);
        List<Object> row = MemberXlsx.member(name, id, branchCode);
        row.set(MemberXlsx.HEADER.indexOf("人员类别"), "预备党员");
        row.set(MemberXlsx.HEADER.indexOf("入党日期"), joined.toString());
        row.set(MemberXlsx.HEADER.indexOf("转正日期"), null);
        return row;
    }

    private MvcTestResult upload(byte[] file) {
        return mvc.post().uri("/api/members/import").multipart()
                .file(new MockMultipartFile("file", "members.xlsx", MemberImportApiTest.XLSX, file))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + cityAdmin).exchange();
    }
}
