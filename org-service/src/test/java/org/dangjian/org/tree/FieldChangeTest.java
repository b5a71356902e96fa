package org.dangjian.org.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    @Test
    void onlyChangedFieldsAreListedAndPhonesOnlyMasked() {
        Org before = new Org();
        before.setName("玉山镇党委");
        before.setType(OrgType.COMMITTEE);
        before.setCategory(OrgCategory.TOWN);
        before.setSortOrder(1);
        before.setStatus(OrgStatus.ACTIVE);
        before.setPhoneEnc("k1:AAAA");
        before.setPhoneIdx("idx-old");
        before.setPhoneMasked("138****5678");

        Org after = before.copy();
        after.setName("玉山镇委员会");
        after.setPhoneEnc("k1:BBBB");
        after.setPhoneIdx("idx-new");
        after.setPhoneMasked("139****0000");
        after.setFoundedOn(LocalDate.of(1949, 10, 1));

        assertThat(FieldChange.between(before, after)).containsExactly(
                new FieldChange("name", "玉山镇党委", "玉山镇委员会"),
                new FieldChange("phone", "138****5678", "139****0000"),
                new FieldChange("foundingDate", null, "1949-10-01"));
    }

    @Test
    void theSameNumberEncryptedAgainIsNoChange() {
        Org before = new Org();
        before.setPhoneEnc("k1:AAAA");
        before.setPhoneIdx("idx");
        Org after = before.copy();
        after.setPhoneEnc("k1:CCCC");

        assertThat(FieldChange.between(before, after)).isEmpty();
    }
}
