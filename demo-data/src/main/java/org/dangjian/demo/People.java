package org.dangjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.dangjian.kit.identity.ResidentIdNumbers;

/**
 * Members for the branches of a generated tree, shaped like a county-level city's membership: about
 * seven men in ten, ages skewed older (many retired members in villages), education rising with
 * youth, nearly all Han, most full members and a few probationary ones admitted within the last year.
 * Every ID number is valid for region 320583 and agrees with the birth date and sex; ID numbers and
 * phone numbers are unique.
 */
final class People {
    /** The most common surnames of Jiangsu, most frequent first; the tail repeats the head's weight. */
    private static final String SURNAMES = "王陈张李朱徐周吴刘沈顾杨孙黄钱陆蒋唐胡许金郁马赵高戴袁曹";
    private static final String[] MINORITIES = {"回族", "满族", "蒙古族", "苗族", "土家族", "壮族", "布依族"};
    /** 籍贯 as the import takes it: a GB/T 2260 code or the full name from the province down. */
    private static final String[] NATIVE_PLACES = {"320583", "江苏省苏州市昆山市", "320583", "江苏省苏州市",
            "江苏省南通市", "320900", "安徽省阜阳市", "河南省周口市", "山东省临沂市", "浙江省嘉兴市", "上海市"};
    /** 工作岗位: labels of the code-tables kit's occupations (professionals weigh three, as teachers and doctors did). */
    private static final String[] OCCUPATIONS = {"工人（工勤技能人员）", "农牧渔民", "党政机关工作人员",
            "企事业单位、民办非企业单位专业技术人员", "企事业单位、民办非企业单位专业技术人员",
            "企事业单位、民办非企业单位专业技术人员", "企事业单位、民办非企业单位管理人员", "离退休人员", "其他职业人员", "学生"};

    private final Random random;
    private final Faker faker;
    private final LocalDate today;
    private final Set<String> ids = new HashSet<>();
    private final Set<String> phones = new HashSet<>();

    People(Random random, LocalDate today) {
        this.random = random;
        this.faker = new Faker(Locale.SIMPLIFIED_CHINESE, random);
        this.today = today;
    }

    /** {@code total} members spread over the branches by their weight. */
    List<MemberRow> forBranches(List<OrgRow> branches, int total) {
        long weights = branches.stream().mapToLong(OrgRow::memberWeight).sum();
        List<MemberRow> members = new ArrayList<>(total);
        double carry = 0;
        for (int i = 0; i < branches.size(); i++) {
            OrgRow branch = branches.get(i);
            double share = (double) total * branch.memberWeight() / weights + carry;
            int count = i == branches.size() - 1 ? total - members.size() : (int) share;
            carry = share - count;
            for (int k = 0; k < count; k++) {
                members.add(person(branch));
            }
        }
        return members;
    }

    private MemberRow person(OrgRow branch) {
        boolean male = random.nextInt(100) < 71;
        LocalDate birth = birthDate(branch);
        int age = birth.until(today).getYears();
        // Most join in their twenties; nobody joins before 18 or after today.
        int ageAtJoining;
        do {
            ageAtJoining = 18 + (int) Math.abs(random.nextGaussian() * 8);
        } while (ageAtJoining >= age);
        LocalDate joined = birth.plusYears(ageAtJoining).plusDays(random.nextInt(365));
        if (joined.isAfter(today)) {
            joined = today.minusDays(random.nextInt(30));
        }
        boolean probationary = joined.isAfter(today.minusYears(1));
        LocalDate full = probationary ? null : joined.plusYears(1).plusDays(random.nextInt(20));
        if (full != null && full.isAfter(today)) {
            full = today;
        }
        String education = education(today.getYear() - birth.getYear());
        String occupation = "村".equals(branch.category()) && today.getYear() - birth.getYear() > 60 ? "离退休人员"
                : OCCUPATIONS[random.nextInt(OCCUPATIONS.length)];
        return new MemberRow(name(), male ? "男" : "女", ethnicity(), birth, idNumber(birth, male), phone(),
                education, branch.code(), probationary ? "预备党员" : "正式党员", joined, full,
                NATIVE_PLACES[random.nextInt(NATIVE_PLACES.length)], degree(education), occupation,
                branch.name().replaceAll("(等联合)?党(总)?支部$", ""), branch.area());
    }

    /**
     * Someone applying to join {@code branch}: 19 to 35 on the application day, as most applicants are (the case
     * study's villages and enterprises alike recruit the young); the numbers are new to this data set.
     */
    MemberRow applicant(OrgRow branch, LocalDate appliedOn) {
        boolean male = random.nextInt(100) < 55;
        LocalDate birth = appliedOn.minusYears(19 + random.nextInt(17)).minusDays(random.nextInt(365));
        String education = education(appliedOn.getYear() - birth.getYear());
        return new MemberRow(name(), male ? "男" : "女", ethnicity(), birth, idNumber(birth, male), phone(), education,
                branch.code(), null, appliedOn, null, null, null, null,
                branch.name().replaceAll("(等联合)?党(总)?支部$", ""), branch.area());
    }

    /** Villages keep many older members; enterprises and schools are younger. */
    private LocalDate birthDate(OrgRow branch) {
        int mean = switch (branch.category()) {
            case "村" -> 57;
            case "社区" -> 55;
            case "非公有制企业" -> 36;
            case "国有企业" -> 40;
            case "事业单位", "学校" -> 41;
            default -> 44;
        };
        int age = (int) Math.round(mean + random.nextGaussian() * 13);
        age = Math.max(20, Math.min(age, 96));
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    /** GB/T 4658 学历 by its name in the code-tables kit. */
    private String education(int age) {
        int r = random.nextInt(100);
        if (age < 35) {
            return r < 12 ? postgraduate() : r < 60 ? "大学本科毕业" : r < 85 ? "大学专科毕业" : r < 93 ? "中等专科毕业" : "普通高中毕业";
        }
        if (age < 55) {
            return r < 5 ? postgraduate() : r < 35 ? "大学本科毕业" : r < 60 ? "大学专科毕业" : r < 75 ? "中等专科毕业"
                    : r < 90 ? "普通高中毕业" : "初中毕业";
        }
        return r < 8 ? "大学本科毕业" : r < 20 ? "大学专科毕业" : r < 35 ? "中等专科毕业" : r < 55 ? "普通高中毕业"
                : r < 85 ? "初中毕业" : "小学毕业";
    }

    private String postgraduate() {
        return random.nextInt(10) == 0 ? "博士研究生毕业" : "硕士研究生毕业";
    }

    private static String degree(String education) {
        return switch (education) {
            case "博士研究生毕业" -> "博士";
            case "硕士研究生毕业" -> "硕士";
            case "大学本科毕业" -> "学士";
            default -> "无";
        };
    }

    private String name() {
        int i = (int) Math.min(SURNAMES.length() - 1, Math.abs(random.nextGaussian()) * 10);
        return SURNAMES.charAt(i) + faker.name().firstName();
    }

    private String ethnicity() {
        return random.nextInt(100) < 98 ? "汉族" : MINORITIES[random.nextInt(MINORITIES.length)];
    }

    private String idNumber(LocalDate birth, boolean male) {
        while (true) {
            String id = ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, birth, male, random.nextInt(500));
            if (ids.add(id)) {
                return id;
            }
        }
    }

    private String phone() {
        while (true) {
            String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            if (phones.add(phone)) {
                return phone;
            }
        }
    }
}
