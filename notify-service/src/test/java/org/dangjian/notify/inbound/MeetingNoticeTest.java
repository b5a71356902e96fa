package org.dangjian.notify.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.dangjian.contracts.points.PointsMeetingAnnounced;
import org.dangjian.contracts.points.PointsMeetingLeaveDecided;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A planned meeting, and its cancellation, reach each attendee once and nobody else; a leave decision, its member. */
@StubbedProviders
class MeetingNoticeTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;

    @Test
    void aMeetingAnnouncementReachesEachAttendee() {
        String firstPhone = phone();
        String secondPhone = phone();
        String notAskedPhone = phone();
        long first = recipients.member(branchA, pathOf(branchA), "王芳", firstPhone);
        long second = recipients.member(branchA, pathOf(branchA), "李强", secondPhone);
        recipients.member(branchA, pathOf(branchA), "赵丽", notAskedPhone);
        long meeting = nextId();

        publish(announcement(meeting, List.of(first, second), false));

        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(firstPhone).size() == 1
                && provider.sentTo(secondPhone).size() == 1);
        assertThat(provider.sentTo(firstPhone).get(0).text())
                .contains("城北社区党支部", "12月10日 14:30", "三楼会议室", "支部党员大会", "学习贯彻党的二十届四中全会精神", "请假");
        assertThat(provider.sentTo(notAskedPhone)).isEmpty();
    }

    @Test
    void aCancelledMeetingIsAnnouncedAsCancelled() {
        String phone = phone();
        long member = recipients.member(branchA, pathOf(branchA), "陈红", phone);

        publish(announcement(nextId(), List.of(member), true));

        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        assertThat(provider.sentTo(phone).get(0).text()).contains("12月10日 14:30", "已取消");
    }

    @Test
    void theMemberIsToldTheLeaveDecision() {
        String approvedPhone = phone();
        String refusedPhone = phone();
        String otherPhone = phone();
        long approved = recipients.member(branchA, pathOf(branchA), "林涛", approvedPhone);
        long refused = recipients.member(branchA, pathOf(branchA), "王丽", refusedPhone);
        recipients.member(branchA, pathOf(branchA), "周平", otherPhone);
        long meeting = nextId();

        publish(leaveDecision(meeting, approved, true, null));
        publish(leaveDecision(meeting, refused, false, "本次会议进行换届选举，请安排好工作"));

        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(approvedPhone).size() == 1
                && provider.sentTo(refusedPhone).size() == 1);
        assertThat(provider.sentTo(approvedPhone).get(0).text())
                .contains("城北社区党支部", "12月10日 14:30", "支部党员大会", "请假已批准");
        assertThat(provider.sentTo(refusedPhone).get(0).text())
                .contains("请假未获批准", "本次会议进行换届选举，请安排好工作", "城北社区党群服务中心三楼会议室");
        assertThat(provider.sentTo(otherPhone)).isEmpty();
    }

    private PointsMeetingLeaveDecided leaveDecision(long meeting, long member, boolean approved, String reason) {
        return new PointsMeetingLeaveDecided(meeting, member, branchA, pathOf(branchA), "城北社区党支部", "GENERAL_MEETING",
                "支部党员大会", LocalDateTime.of(2026, 12, 10, 14, 30), "城北社区党群服务中心三楼会议室",
                "学习贯彻党的二十届四中全会精神", approved, reason);
    }

    private PointsMeetingAnnounced announcement(long meeting, List<Long> attendees, boolean cancelled) {
        return new PointsMeetingAnnounced(meeting, branchA, pathOf(branchA), "城北社区党支部", "GENERAL_MEETING", "支部党员大会",
                LocalDateTime.of(2026, 12, 10, 14, 30), "城北社区党群服务中心三楼会议室", "学习贯彻党的二十届四中全会精神",
                attendees, cancelled);
    }
}
