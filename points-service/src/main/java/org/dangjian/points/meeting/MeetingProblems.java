package org.dangjian.points.meeting;

/** The meeting routes' own problem codes (messages in problems*.properties). */
final class MeetingProblems {
    static final String NOT_FOUND = "POINTS_MEETING_NOT_FOUND";
    static final String NOT_A_BRANCH = "POINTS_ORG_NOT_A_BRANCH";
    static final String NOT_IN_BRANCH = "POINTS_MEMBER_NOT_IN_BRANCH";
    static final String MEMBER_TWICE = "POINTS_MEMBER_LISTED_TWICE";
    static final String NO_ATTENDEES = "POINTS_MEETING_NO_ATTENDEES";
    static final String NOT_PLANNED = "POINTS_MEETING_NOT_PLANNED";
    static final String ALREADY_STARTED = "POINTS_MEETING_ALREADY_STARTED";
    static final String NOT_STARTED = "POINTS_MEETING_NOT_STARTED";
    static final String LEAVE_DECIDED = "POINTS_MEETING_LEAVE_DECIDED";
    static final String NO_LEAVE_ASKED = "POINTS_MEETING_NO_LEAVE_ASKED";
    static final String CHECK_IN_CLOSED = "POINTS_MEETING_CHECK_IN_CLOSED";
    static final String ALREADY_CHECKED_IN = "POINTS_MEETING_ALREADY_CHECKED_IN";
    static final String CODE_INVALID = "POINTS_MEETING_CODE_INVALID";
    static final String CODE_OTHER_MEETING = "POINTS_MEETING_CODE_OTHER_MEETING";
    static final String CODE_EXPIRED = "POINTS_MEETING_CODE_EXPIRED";
    static final String PLACE_NEEDED = "POINTS_MEETING_PLACE_NEEDED";
    static final String VENUE_OR_PLACE = "POINTS_MEETING_VENUE_OR_PLACE";
    static final String VENUE_NOT_OURS = "POINTS_MEETING_VENUE_NOT_OURS";
    static final String VENUE_REMOVED = "POINTS_MEETING_VENUE_REMOVED";
    static final String REFUSAL_NEEDS_REASON = "POINTS_MEETING_REFUSAL_NEEDS_REASON";

    private MeetingProblems() {
    }
}
