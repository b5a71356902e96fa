package org.dangjian.cadre.analytics;

/**
 * The figures of the analysis whose list of people (or, for vacancies, of organisations) can be asked for; the
 * {@code key} of the list names the heading within the figure as the analysis answers it (an age band's, an education
 * level's, a sex's, a tenure's or a position's key, or a year).
 */
public enum CadreFigure {
    CADRES("在任干部"),
    /** key: an age band (UP_TO_35, ...). */
    AGE_BAND("年龄结构"),
    /** key: a GB/T 4658 level code, or NONE. */
    EDUCATION("学历分布"),
    /** key: MALE or FEMALE. */
    GENDER("性别"),
    /** key: UNDER_3, FROM_3_TO_5, FROM_6_TO_10 or OVER_10. */
    SECRETARY_TENURE("书记任职年限"),
    SECRETARIES("在任书记"),
    /** Organisations without a secretary in office. */
    VACANCIES("书记空缺的组织"),
    SECRETARIES_ALSO_DIRECTORS("书记、主任一肩挑"),
    GRADUATE_OFFICIALS("大学生村官"),
    /** key: a position. */
    HOLDERS("某职务在任人员"),
    /** key: a position, or none for every reserve entry. */
    RESERVES("后备干部"),
    /** key: a year. */
    STARTED("某年任职"),
    /** key: a year. */
    ENDED("某年离任");

    private final String label;

    CadreFigure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
