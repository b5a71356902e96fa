package org.dangjian.points.meeting;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Attendees in the caller's scope: a member finds only their own invitation. */
@Mapper
interface MeetingAttendeeMapper {
    @Select("SELECT * FROM meeting_attendee WHERE meeting_id = #{meetingId} AND member_id = #{memberId}")
    MeetingAttendee find(@Param("meetingId") long meetingId, @Param("memberId") long memberId);

    /** The caller's own invitations (a member's scope), latest meeting first. */
    @Select("SELECT * FROM meeting_attendee WHERE member_id = #{memberId} ORDER BY meeting_id DESC LIMIT #{limit} OFFSET #{offset}")
    List<MeetingAttendee> ofMember(@Param("memberId") long memberId, @Param("limit") int limit, @Param("offset") long offset);

    @Select("SELECT COUNT(*) FROM meeting_attendee WHERE member_id = #{memberId}")
    long countOfMember(@Param("memberId") long memberId);

    @Select("SELECT * FROM meeting_attendee WHERE meeting_id = #{meetingId} ORDER BY member_id")
    List<MeetingAttendee> ofMeeting(@Param("meetingId") long meetingId);

    @Update("UPDATE meeting_attendee SET leave_reason = #{reason}, leave_status = 'ASKED'"
            + " WHERE meeting_id = #{meetingId} AND member_id = #{memberId} AND (leave_status IS NULL OR leave_status = 'ASKED')")
    int askLeave(@Param("meetingId") long meetingId, @Param("memberId") long memberId, @Param("reason") String reason);

    @Update("UPDATE meeting_attendee SET leave_status = #{status}, leave_decision_reason = #{reason}"
            + " WHERE meeting_id = #{meetingId} AND member_id = #{memberId} AND leave_status = 'ASKED'")
    int decideLeave(@Param("meetingId") long meetingId, @Param("memberId") long memberId, @Param("status") String status,
                    @Param("reason") String reason);

    /** 0 when the member had already checked in: one check-in per member. */
    @Update("UPDATE meeting_attendee SET checked_in_at = #{at}, checked_in_how = #{how}"
            + " WHERE meeting_id = #{meetingId} AND member_id = #{memberId} AND checked_in_at IS NULL")
    int checkIn(@Param("meetingId") long meetingId, @Param("memberId") long memberId, @Param("at") Instant at,
                @Param("how") String how);
}
