package org.dangjian.cadre.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dangjian.cadre.appointment.AppointmentMethod;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.cadre.record.Gender;
import org.dangjian.kit.excel.ImportCodes;
import org.dangjian.kit.excel.SheetLayout;

/**
 * The columns of the cadre roster workbook (干部名册) and the words in its cells. One row is one post a person holds
 * (现任) or is kept in reserve for (后备): someone with two posts, a secretary who also chairs the village committee
 * (一肩挑), has two rows with the same name and date of birth.
 */
final class CadreSheet {
    static final String NAME = "姓名";
    static final String SEX = "性别";
    static final String BIRTH_DATE = "出生日期";
    static final String MEMBER = "是否党员";
    static final String ORG_CODE = "组织编码";
    static final String POSITION = "职务";
    static final String KIND = "任职类别";
    static final String METHOD = "产生方式";
    static final String STARTS_ON = "起始日期";
    static final String TERM_ENDS_ON = "任期届满日期";
    static final String EDUCATION = "学历";
    static final String ID_NUMBER = "身份证号";
    static final String PHONE = "手机号";
    static final String HOLDS = "现任";
    static final String RESERVE = "后备";
    static final String YES = "是";
    static final String NO = "否";

    static final SheetLayout LAYOUT = new SheetLayout("干部名册",
            List.of(NAME, SEX, BIRTH_DATE, MEMBER, ORG_CODE, POSITION, KIND, METHOD, STARTS_ON),
            List.of(TERM_ENDS_ON, EDUCATION, ID_NUMBER, PHONE));
    static final ImportCodes CODES = new ImportCodes("CADRE_IMPORT");

    private CadreSheet() {
    }

    /** Position of a column in {@link #LAYOUT}, i.e. in a row's cells. */
    static int column(String header) {
        return LAYOUT.columns().indexOf(header);
    }

    static Optional<Gender> sex(String text) {
        return switch (text) {
            case "男", "1", "MALE" -> Optional.of(Gender.MALE);
            case "女", "2", "FEMALE" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
    }

    static Optional<Boolean> yesNo(String text) {
        return switch (text) {
            case YES -> Optional.of(true);
            case NO -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** 现任 (the post is held) or 后备 (kept in reserve for it). */
    static Optional<Boolean> holds(String text) {
        return switch (text) {
            case HOLDS -> Optional.of(true);
            case RESERVE, "后备干部" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static Optional<Position> position(String text) {
        return Arrays.stream(Position.values()).filter(p -> p.label().equals(text) || p.name().equals(text)).findFirst();
    }

    static Optional<AppointmentMethod> method(String text) {
        return Arrays.stream(AppointmentMethod.values()).filter(m -> m.label().equals(text) || m.name().equals(text))
                .findFirst();
    }

    static String positionLabels() {
        return String.join("、", Arrays.stream(Position.values()).map(Position::label).toList());
    }

    static String methodLabels() {
        return String.join("、", Arrays.stream(AppointmentMethod.values()).map(AppointmentMethod::label).toList());
    }
}
