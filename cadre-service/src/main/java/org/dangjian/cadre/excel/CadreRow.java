package org.dangjian.cadre.excel;

import java.time.LocalDate;
import org.dangjian.cadre.appointment.AppointmentMethod;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.cadre.record.Gender;

/**
 * One row of the roster, read and checked on its own: who (a member is found by name and date of birth, anyone else
 * is recorded with what the row gives), which post at which organisation, held ({@code holds}) or in reserve, since
 * when. {@code idNumber} is upper-cased, {@code education} a GB/T 4658 code; both and {@code phone} only for
 * non-members.
 */
record CadreRow(int row, String name, Gender sex, LocalDate birthDate, boolean member, String orgCode,
                Position position, boolean holds, AppointmentMethod method, LocalDate startsOn, LocalDate termEndsOn,
                String education, String idNumber, String phone) {

    /** The person the row names, as the file's rows are grouped: members and others by name, birth and sex. */
    String personKey() {
        return (member ? "m/" : "o/") + name + "/" + birthDate + "/" + sex;
    }

    /** The post, or reserve entry, the row records, for spotting the same one twice. */
    String postKey() {
        return personKey() + "/" + orgCode + "/" + position + "/" + holds;
    }
}
