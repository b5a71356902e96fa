package org.dangjian.member.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.member.LifecycleApiTest;
import org.dangjian.member.NewMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class MemberSearchTest extends LifecycleApiTest {
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    long zhangWei;
    long zhangLi;
    long liQiang;
    long wangFang;
    long zhangSanfeng;
    long liuBei;
    String zhangWeiId;
    String wangFangId;
    String phone;

    @BeforeEach
    void members() {
        phone = "139" + String.format("%08d", root % 100_000_000);
        NewMember zw = new NewMember(branchA, "张伟").born(age(36)).joined(LocalDate.of(2015, 7, 1))
                .with("education", "21").with("phone", phone);
        zhangWei = register(zw);
        zhangWeiId = zw.idNumber();
        zhangLi = register(new NewMember(branchA, "张丽").born(age(66)).female().joined(LocalDate.of(1985, 6, 1))
                .with("education", "61"));
        liQiang = register(new NewMember(branchA, "李强").born(age(28)).joined(today.minusMonths(3))
                .with("standing", "PROBATIONARY").with("education", "14"));
        NewMember wf = new NewMember(branchB, "王芳").born(age(51)).female().joined(LocalDate.of(2000, 7, 1))
                .mobileTo("310115").with("education", "31").with("ethnicity", "03");
        wangFang = register(wf);
        wangFangId = wf.idNumber();
        zhangSanfeng = register(new NewMember(branchC, "张三丰").born(age(76)).joined(LocalDate.of(1975, 1, 1))
                .with("education", "81"));
        liuBei = register(new NewMember(branchC, "刘备").born(age(45)).joined(LocalDate.of(2008, 3, 1))
                .leftFor("WITHDREW").with("education", "21"));
    }

    /** Someone who turned {@code years} a hundred days ago: well inside the year of age. */
    private LocalDate age(int years) {
        return today.minusYears(years).minusDays(100);
    }

    @Test
    void eachFilterNarrowsTheListAsExpected() {
        String all = "/api/members?orgId=" + root;
        assertThat(found(all)).containsExactlyInAnyOrder(zhangWei, zhangLi, liQiang, wangFang, zhangSanfeng, liuBei);
        assertThat(found(all + "&q=张")).containsExactlyInAnyOrder(zhangWei, zhangLi, zhangSanfeng);
        assertThat(found(all + "&q=三丰")).containsExactly(zhangSanfeng);
        assertThat(found(all + "&standing=FULL&state=ACTIVE"))
                .containsExactlyInAnyOrder(zhangWei, zhangLi, wangFang, zhangSanfeng);
        assertThat(found(all + "&mobile=true")).containsExactly(wangFang);
        assertThat(found(all + "&state=LEFT")).containsExactly(liuBei);
        assertThat(found(all + "&education=20&education=14"))
                .containsExactlyInAnyOrder(zhangWei, liQiang, liuBei);
        assertThat(found(all + "&gender=FEMALE")).containsExactlyInAnyOrder(zhangLi, wangFang);
        assertThat(found(all + "&ethnicity=03")).containsExactly(wangFang);
        assertThat(found(all + "&ethnicity=03&ethnicity=02")).containsExactly(wangFang);
        assertThat(found(all + "&ageMin=36&ageMax=51")).containsExactlyInAnyOrder(zhangWei, wangFang, liuBei);
        assertThat(found(all + "&ageMax=35")).containsExactly(liQiang);
        assertThat(found(all + "&ageMin=66")).containsExactlyInAnyOrder(zhangLi, zhangSanfeng);
        assertThat(found(all + "&joinYearFrom=2000&joinYearTo=2015")).containsExactlyInAnyOrder(zhangWei, wangFang, liuBei);
        assertThat(found("/api/members?orgId=" + town1 + "&gender=MALE&ageMax=40"))
                .containsExactlyInAnyOrder(zhangWei, liQiang);
        assertThat(found("/api/members?orgId=" + town1 + "&subtree=false")).isEmpty();
        assertThat(found("/api/members?orgId=" + branchA + "&subtree=false"))
                .containsExactlyInAnyOrder(zhangWei, zhangLi, liQiang);
    }

    @Test
    void idAndPhoneNumbersAreFoundExactlyThoughStoredEncrypted() {
        String all = "/api/members?orgId=" + root;
        assertThat(found(all + "&q=" + zhangWeiId)).containsExactly(zhangWei);
        assertThat(found(all + "&idNumber=" + zhangWeiId.toLowerCase())).containsExactly(zhangWei);
        assertThat(found(all + "&q=" + phone)).containsExactly(zhangWei);
        assertThat(found(all + "&phone=" + phone)).containsExactly(zhangWei);
        // A fragment of a number matches nothing: numbers are never searched by pattern.
        assertThat(found(all + "&q=" + zhangWeiId.substring(0, 10))).isEmpty();

        JsonNode item = body(get(cityAdmin, all + "&q=" + zhangWeiId)).get("items").get(0);
        assertThat(item.get("idNumber").asString()).isEqualTo(zhangWeiId.substring(0, 4) + "**********"
                + zhangWeiId.substring(14));
        assertThat(item.get("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    }

    @Test
    void aBranchAdminSeesOnlyTheirBranchAndNothingOutsideIt() {
        String adminA = branchAAdmin;
        assertThat(found("/api/members", adminA)).containsExactlyInAnyOrder(zhangWei, zhangLi, liQiang);
        assertThat(found("/api/members?q=" + wangFangId, adminA)).isEmpty();
        assertThat(found("/api/members?gender=FEMALE", adminA)).containsExactly(zhangLi);

        for (long outside : new long[] {branchB, town1, town2, root, 987_654_321L}) {
            MvcTestResult refused = get(adminA, "/api/members?orgId=" + outside);
            assertThat(refused).hasStatus(404);
            assertThat(body(refused).get("code").asString()).isEqualTo("ORG_NOT_FOUND");
        }
        String adminTown2 = town2Admin;
        assertThat(found("/api/members?orgId=" + branchC, adminTown2)).containsExactlyInAnyOrder(zhangSanfeng, liuBei);
    }

    @Test
    void sortsAndPagesWithoutRepeatsOrGaps() {
        String all = "/api/members?orgId=" + root;
        assertThat(found(all + "&sort=birthDate,desc"))
                .containsExactly(liQiang, zhangWei, liuBei, wangFang, zhangLi, zhangSanfeng);
        assertThat(found(all + "&sort=joinDate")).containsExactly(zhangSanfeng, zhangLi, wangFang, liuBei, zhangWei, liQiang);

        List<Long> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode body = body(get(cityAdmin, all + "&sort=name&size=2&page=" + page));
            assertThat(body.get("total").asInt()).isEqualTo(6);
            assertThat(body.get("size").asInt()).isEqualTo(2);
            paged.addAll(ids(body));
        }
        assertThat(paged).doesNotHaveDuplicates().hasSize(6);
        assertThat(ids(body(get(cityAdmin, all + "&sort=name&size=2&page=4")))).isEmpty();
    }

    @Test
    void meaninglessParametersAreRefusedNamingTheField() {
        String all = "/api/members?orgId=" + root;
        assertFieldRefused(all + "&ageMin=50&ageMax=40", "ageMax");
        assertFieldRefused(all + "&ageMin=-1", "ageMin");
        assertFieldRefused(all + "&joinYearFrom=2020&joinYearTo=2010", "joinYearTo");
        assertFieldRefused(all + "&state=RETIRED", "state");
        assertFieldRefused(all + "&ethnicity=99", "ethnicity");
        assertFieldRefused(all + "&sort=height", "sort");
        assertFieldRefused(all + "&sort=name,sideways", "sort");
        assertFieldRefused(all + "&ageMax=old", "ageMax");
    }

    private void assertFieldRefused(String uri, String field) {
        MvcTestResult refused = get(cityAdmin, uri);
        assertThat(refused).hasStatus(400);
        JsonNode problem = body(refused);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
    }

    private List<Long> found(String uri) {
        return found(uri, cityAdmin);
    }

    private List<Long> found(String uri, String token) {
        MvcTestResult result = get(token, uri);
        assertThat(result).hasStatus(200);
        return ids(body(result));
    }

}
