package org.dangjian.learning.course;

/**
 * Who of the publishing organisation's subtree may study a course: every member, or only those sitting on a Party
 * organisation's committee today (书记和班子成员, as cadre-service records the posts), e.g. a secretaries' course.
 */
public enum CourseAudience {
    MEMBERS("全体党员"),
    LEADERS("党组织书记和班子成员");

    private final String label;

    CourseAudience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
