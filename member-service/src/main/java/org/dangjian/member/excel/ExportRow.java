package org.dangjian.member.excel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dangjian.member.record.Degree;
import org.dangjian.member.record.Education;
import org.dangjian.member.record.Ethnicities;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.PartyStanding;

/** One exported member as stored (numbers both encrypted and masked), turned into the sheet's cells. */
record ExportRow(long id, String orgPath, String orgCode, String name, Gender gender, String ethnicity,
                 LocalDate birthDate, String idNumberEnc, String idNumberMasked, String phoneEnc, String phoneMasked,
                 Education education, PartyStanding standing, boolean mobile, LocalDate joinDate, LocalDate fullDate, String nativePlace,
                 Degree degree, String occupation, String workUnit, String partyGroup, String notes) {

    static ExportRow of(ResultSet rs, int rowNum) throws SQLException {
        return new ExportRow(rs.getLong("id"), rs.getString("org_path"), rs.getString("org_code"), rs.getString("name"),
                Gender.valueOf(rs.getString("gender")), rs.getString("ethnicity"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("id_number_enc"), rs.getString("id_number_masked"), rs.getString("phone_enc"),
                rs.getString("phone_masked"), enumOf(Education.class, rs.getString("education")),
                PartyStanding.valueOf(rs.getString("standing")), rs.getBoolean("mobile"),
                rs.getObject("join_date", LocalDate.class),
                rs.getObject("full_date", LocalDate.class), rs.getString("native_place"),
                enumOf(Degree.class, rs.getString("degree")), rs.getString("occupation"), rs.getString("work_unit"),
                rs.getString("party_group"), rs.getString("notes"));
    }

    /**
     * The cells in {@link MemberSheet#LAYOUT} order, as the import reads them.
     *
     * @param decrypt turns stored ciphertext into clear numbers; null for the masked forms
     */
    List<Object> cells(UnaryOperator<String> decrypt) {
        String idNumber = decrypt == null ? idNumberMasked : decrypt.apply(idNumberEnc);
        String phone = decrypt == null || phoneEnc == null ? phoneMasked : decrypt.apply(phoneEnc);
        return Arrays.asList(name, MemberSheet.genderLabel(gender), Ethnicities.name(ethnicity), text(birthDate),
                idNumber, phone, education == null ? null : education.label(), orgCode, standing.label(), text(joinDate),
                text(fullDate), nativePlace, degree == null ? null : degree.label(), occupation, workUnit, partyGroup,
                notes, MemberSheet.yesNo(mobile));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
