package org.dangjian.points.appraisal;

import org.springframework.stereotype.Component;

/** The share of excellent grades in force for a year's appraisal (the rules of the year appraised). */
@Component
class ExcellentShares {
    ExcellentShare forYear(int year) {
        return ExcellentShare.ONE_THIRD;
    }
}
