package org.dangjian.member.excel;

import org.dangjian.kit.excel.SheetRow;
import org.dangjian.member.record.MemberDraft;

/**
 * An uploaded row read into a draft (its cells that could not be read are null and already reported),
 * and the organisation code it names, resolved later for the whole file at once.
 */
record ParsedRow(SheetRow sheet, MemberDraft draft, String orgCode) {
    int rowNumber() {
        return sheet.rowNumber();
    }
}
