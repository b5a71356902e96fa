package org.dangjian.recruitment.vote;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.recruitment.step.VoteCounts;

/**
 * The vote of a branch general meeting on admission or confirmation (中国共产党发展党员工作细则 第二十五条): valid only when
 * more than half of the full members entitled to vote are present, and carried only when more than half of the
 * entitled (not of those present) vote yes. "More than half" is strictly more: 10 of 20 is not enough. The counts
 * must be possible: no more present than entitled, no more votes than present.
 */
final class Quorum {
    /** A count that cannot be, named by its field. */
    record Fault(String field, String code, Object... args) {
    }

    static final String MORE_PRESENT_THAN_ENTITLED = "RECRUITMENT_VOTE_MORE_PRESENT_THAN_ENTITLED";
    static final String MORE_VOTES_THAN_PRESENT = "RECRUITMENT_VOTE_MORE_VOTES_THAN_PRESENT";
    static final String NO_QUORUM = "RECRUITMENT_VOTE_NO_QUORUM";
    static final String NOT_CARRIED = "RECRUITMENT_VOTE_NOT_CARRIED";

    private Quorum() {
    }

    static List<Fault> faults(VoteCounts v, int entitled) {
        List<Fault> faults = new ArrayList<>();
        if (v.present() > entitled) {
            faults.add(new Fault("vote.present", MORE_PRESENT_THAN_ENTITLED, v.present(), entitled));
        }
        int cast = v.yes() + v.no() + v.abstain();
        if (cast > v.present()) {
            faults.add(new Fault("vote", MORE_VOTES_THAN_PRESENT, cast, v.present()));
        }
        return faults;
    }

    static boolean quorate(VoteCounts v, int entitled) {
        return moreThanHalf(v.present(), entitled);
    }

    static boolean carried(VoteCounts v, int entitled) {
        return moreThanHalf(v.yes(), entitled);
    }

    private static boolean moreThanHalf(int count, int of) {
        return 2L * count > of;
    }
}
