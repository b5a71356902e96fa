package org.dangjian.member.excel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dangjian.kit.codes.Education;
import org.dangjian.member.record.Degree;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.PartyStanding;
import org.dangjian.member.record.codes.MemberCodes;

/**
 * One exported member as stored (numbers both encrypted and masked), turned into the sheet's cells. Sex is written
 * as its GB/T 2261.1 code, 籍贯 as its GB/T 2260 code with the full name beside it. Text kept from before the codes
 * (a native place or occupation no code was found for) is written as it is, so that nothing is dropped: importing
 * the file again names those cells for someone to code.
 */
record ExportRow(long id, String orgPath, String orgCode, String name, Gender gender, String ethnicity,
                 LocalDate birthDate, String idNumberEnc, String idNumberMasked, String phoneEnc, String phoneMasked,
                 String education, Education.StudyMode educationMode, PartyStanding standing, boolean mobile,
                 LocalDate joinDate, LocalDate fullDate, String nativePlace, String nativePlaceText, Degree degree,
                 String occupation, String occupationText, String workUnit, String partyGroup, String notes) {

    static ExportRow of(ResultSet rs, int rowNum) throws SQLException {
        return new ExportRow(rs.getLong("id"), rs.getString("org_path"), rs.getString("org_code"), rs.getString("name"),
                Gender.valueOf(rs.getString("gender")), rs.getString("ethnicity"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("id_number_enc"), rs.getString("id_number_masked"), rs.getString("phone_enc"),
                rs.getString("phone_masked"), rs.getString("education"),
                enumOf(Education.StudyMode.class, rs.getString("education_mode")),
                PartyStanding.valueOf(rs.getString("standing")), rs.getBoolean("mobile"),
                rs.getObject("join_date", LocalDate.class),
                rs.getObject("full_date", LocalDate.class), rs.getString("native_place"), rs.getString("native_place_text"),
                enumOf(Degree.class, rs.getString("degree")), rs.getString("occupation"), rs.getString("occupation_text"),
                rs.getString("work_unit"), rs.getString("party_group"), rs.getString("notes"));
    }

    /**
     * The cells in {@link MemberSheet#LAYOUT} order, as the import reads them.
     *
     * @param decrypt turns stored ciphertext into clear numbers; null for the masked forms
     */
    List<Object> cells(UnaryOperator<String> decrypt) {
        String idNumber = decrypt == null || idNumberEnc == null ? idNumberMasked : decrypt.apply(idNumberEnc);
        String phone = decrypt == null || phoneEnc == null ? phoneMasked : decrypt.apply(phoneEnc);
        return Arrays.asList(name, MemberSheet.genderCode(gender), MemberCodes.ethnicityName(ethnicity), text(birthDate),
                idNumber, phone, MemberCodes.educationName(education), orgCode, standing.label(), text(joinDate),
                text(fullDate), nativePlace != null ? nativePlace : nativePlaceText,
                degree == null ? null : degree.label(),
                occupation != null ? MemberCodes.occupationName(occupation) : occupationText, workUnit, partyGroup,
                notes, MemberSheet.yesNo(mobile), educationMode == null ? null : educationMode.label(),
                MemberCodes.regionName(nativePlace));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
