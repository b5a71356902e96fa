package org.dangjian.cadre.form;

import java.time.LocalDate;
import java.util.List;

/**
 * What the appointment and removal form (干部任免审批表) of one cadre says: the person, the posts held, the post to
 * be taken up or left with the reason, the record of posts (简历), the training, and the organisation that submits
 * it. What the platform does not keep (ethnicity, native place, health, the family) stays blank, to be written by
 * hand before the seal.
 *
 * @param birth    1978.03（48岁）
 * @param joined   the date the cadre joined the Party, for a member (入党时间)
 * @param resume   one line per post, oldest first: "2016.06—2021.06　歇马桥村党支部委员"
 * @param training one line per course, latest first
 * @param rewards  one line per reward or sanction, latest first; "无" for none
 * @param assessments the grades of the last three years assessed: "2024年度称职；2025年度优秀"
 */
record AppointmentForm(String name, String gender, String birth, LocalDate joined, String education,
                       String currentPosts, String proposed, String removed, String reason, List<String> resume,
                       List<String> training, List<String> rewards, String assessments, String submittedBy,
                       LocalDate filledOn) {
}
