package org.dangjian.points.dues;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.kit.codes.CodeTables;
import org.junit.jupiter.api.Test;

class OccupationDuesGroupTest {
    @Test
    void everyOccupationNamesADuesGroupOfTheDuesRules() {
        assertThat(CodeTables.occupations().entries()).allSatisfy(o ->
                assertThat(DuesGroup.valueOf(o.attribute("duesGroup").orElseThrow())).isNotNull());
    }
}
