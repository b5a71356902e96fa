package org.dangjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.codes.Regions;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated data must pass the platform's own import rules, or `./platform demo` fails halfway. */
class GeneratedDataTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static List<OrgRow> orgs;
    static List<MemberRow> members;

    @BeforeAll
    static void generate() {
        Random random = new Random(7);
        orgs = KunshanTree.generate(random);
        members = new People(random, TODAY).forBranches(orgs.stream().filter(OrgRow::holdsMembers).toList(), 65_000);
    }

    @Test
    void theTreeIsKunshanSizedWithUniqueCodesAndParentsFirst() {
        assertThat(orgs).hasSizeBetween(4_000, 4_600);
        Set<String> seen = new HashSet<>();
        for (OrgRow org : orgs) {
            // org-service's one format of organisation codes (OrgCodes): Kunshan's GB/T 2260 code, then segments
            assertThat(org.code()).hasSizeLessThanOrEqualTo(64).matches("320583(-[A-Z0-9]{1,12}){1,6}");
            assertThat(CodeTables.orgCategories().codeOf(org.category())).as("category %s", org.category()).isPresent();
            assertThat(org.parentCode() == null || seen.contains(org.parentCode()))
                    .as("parent of %s comes first", org.code()).isTrue();
            assertThat(seen.add(org.code())).as("code %s is unique", org.code()).isTrue();
            if (org.holdsMembers()) {
                assertThat(org.type()).isIn("党支部", "联合党支部");
            }
        }
    }

    @Test
    void theTownsThatShowRankingsAreOrganisationsOfTheTree() {
        Set<String> codes = orgs.stream().map(OrgRow::code).collect(Collectors.toSet());
        assertThat(codes).containsAll(DemoRankings.TOWNS);
    }

    @Test
    void theStateOwnedAssetsCommitteeFilesUnderStateOwnedEnterprises() {
        assertThat(Regions.namePath("320583")).contains("江苏省 苏州市 昆山市");
        OrgRow committee = orgs.stream().filter(o -> o.name().equals("市国资系统党委")).findFirst().orElseThrow();
        assertThat(committee.category()).isEqualTo("国有企业");
        assertThat(orgs.stream().filter(o -> committee.code().equals(o.parentCode())))
                .isNotEmpty().allMatch(o -> o.category().equals("国有企业"));
    }

    @Test
    void everyMemberHasAValidUniqueIdThatAgreesWithTheRecord() {
        assertThat(members).hasSize(65_000);
        assertThat(members.stream().map(MemberRow::idNumber).distinct().count()).isEqualTo(65_000);
        assertThat(members.stream().map(MemberRow::phone).distinct().count()).isEqualTo(65_000);
        for (MemberRow m : members) {
            assertThat(ResidentIdNumbers.isValid(m.idNumber())).isTrue();
            assertThat(ResidentIdNumbers.birthDate(m.idNumber())).contains(m.birthDate());
            assertThat(ResidentIdNumbers.isMale(m.idNumber())).isEqualTo("男".equals(m.gender()));
            assertThat(m.idNumber()).startsWith("320583");
            assertThat(m.phone()).matches("1[3-9]\\d{9}");
            assertThat(m.joinDate()).isAfterOrEqualTo(m.birthDate().plusYears(18)).isBeforeOrEqualTo(TODAY);
            if ("预备党员".equals(m.category())) {
                assertThat(m.fullDate()).isNull();
            } else {
                assertThat(m.fullDate()).isAfter(m.joinDate()).isBeforeOrEqualTo(TODAY);
            }
        }
    }

    @Test
    void theMembershipLooksLikeACitysMembership() {
        Map<String, Long> byGender = members.stream().collect(Collectors.groupingBy(MemberRow::gender, Collectors.counting()));
        assertThat(byGender.get("男")).isBetween(42_000L, 50_000L);
        long probationary = members.stream().filter(m -> "预备党员".equals(m.category())).count();
        assertThat(probationary).isBetween(500L, 5_000L);
        long han = members.stream().filter(m -> "汉族".equals(m.ethnicity())).count();
        assertThat(han).isGreaterThan(60_000L);
        assertThat(members.stream().map(MemberRow::area).distinct().count()).isEqualTo(18);
    }

    @Test
    void theCodedColumnsHoldNamesOrCodesOfTheCodeTables() {
        Set<String> fullNames = Regions.all().stream()
                .map(r -> Regions.namePath(r.code()).orElseThrow().replace(" ", "")).collect(Collectors.toSet());
        for (MemberRow m : members) {
            assertThat(CodeTables.ethnicities().codeOf(m.ethnicity())).as("民族 %s", m.ethnicity()).isPresent();
            assertThat(CodeTables.education().codeOf(m.education())).as("学历 %s", m.education()).isPresent();
            assertThat(CodeTables.occupations().codeOf(m.occupation())).as("工作岗位 %s", m.occupation()).isPresent();
            assertThat(Regions.isValid(m.nativePlace()) || fullNames.contains(m.nativePlace()))
                    .as("籍贯 %s", m.nativePlace()).isTrue();
        }
        assertThat(members.stream().filter(m -> "小学毕业".equals(m.education())).count()).isPositive();
        assertThat(MemberRow.HEADER).contains("工作岗位").doesNotContain("职业");
    }
}
