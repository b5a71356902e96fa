package org.dangjian.org.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgCodesTest {
    @Test
    void organisationCodesFollowOneFormat() {
        assertThat(OrgCodes.refusal("320583-ZS")).isEmpty();
        assertThat(OrgCodes.refusal("320583-ZS-V001-2")).isEmpty();
        assertThat(OrgCodes.refusal(OrgCodes.EXAMPLE)).isEmpty();
        assertThat(OrgCodes.refusal("320500-SZ")).as("a prefecture is a division too").isEmpty();
        for (String bad : new String[] {"KS-ZS", "320583", "320583-", "320583-zs", "320583_ZS", "320583-ZS--1",
                "320583-ABCDEFGHIJKLM", "320583-A-B-C-D-E-F-G", " 320583-ZS"}) {
            assertThat(OrgCodes.refusal(bad)).as(bad).contains("ORG_CODE_FORMAT");
        }
    }

    @Test
    void theRegionCodeAnOrganisationCodeStartsWithIsAGbT2260Division() {
        assertThat(OrgCodes.refusal("329999-ZS")).contains("ORG_CODE_REGION_UNKNOWN");
        assertThat(OrgCodes.refusal("000000-ZS")).contains("ORG_CODE_REGION_UNKNOWN");
    }
}
