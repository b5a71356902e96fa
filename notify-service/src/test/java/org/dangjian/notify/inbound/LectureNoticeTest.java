package org.dangjian.notify.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import java.time.LocalDateTime;
import org.dangjian.contracts.learning.LearningLectureNotice;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Expert lectures: the booking branch hears of its booking, the reminder and a call-off; the organiser of a cancellation. */
@StubbedProviders
class LectureNoticeTest extends TreeApiTest {
    private static final LocalDateTime STARTS = LocalDateTime.of(2027, 3, 18, 14, 30);

    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;

    @Test
    void aBookingItsReminderAndItsCallingOffAreTextedToTheBookingBranchsAdministrators() {
        String branchAdmin = phone();
        String townAdmin = phone();
        recipients.administrator(branchA, pathOf(branchA), "支部书记", branchAdmin);
        recipients.administrator(town1, pathOf(town1), "镇组织委员", townAdmin);
        long booking = nextId();

        publish(notice(booking, LearningLectureNotice.BOOKED));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(branchAdmin).size() == 1);
        assertThat(provider.sentTo(branchAdmin).get(0).text())
                .contains("城北社区党支部已预约3月18日 14:30李明专家讲座“学习贯彻党的二十大精神”", "市委党校报告厅", "3月16日 14:30前");

        publish(notice(booking, LearningLectureNotice.DUE_SOON));
        publish(notice(booking, LearningLectureNotice.WITHDRAWN));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(branchAdmin).size() == 3);
        assertThat(provider.sentTo(branchAdmin).get(1).text()).contains("将于3月18日 14:30在市委党校报告厅举行");
        assertThat(provider.sentTo(branchAdmin).get(2).text()).contains("已由主办方取消", "城北社区党支部的预约随之取消");
        assertThat(provider.sentTo(townAdmin)).as("the organiser hears of cancellations only").isEmpty();
    }

    @Test
    void aBookingGivenUpIsTextedToTheOfferingOrganisationsAdministrators() {
        String branchAdmin = phone();
        String townAdmin = phone();
        recipients.administrator(branchA, pathOf(branchA), "支部书记", branchAdmin);
        recipients.administrator(town1, pathOf(town1), "镇组织委员", townAdmin);

        publish(notice(nextId(), LearningLectureNotice.CANCELLED));

        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(townAdmin).size() == 1);
        assertThat(provider.sentTo(townAdmin).get(0).text()).contains("城北社区党支部已取消预约", "名额已释放");
        assertThat(provider.sentTo(branchAdmin)).isEmpty();
    }

    private LearningLectureNotice notice(long booking, String what) {
        return new LearningLectureNotice(booking, nextId(), what, branchA, pathOf(branchA), "城北社区党支部", town1, "李明",
                "学习贯彻党的二十大精神", STARTS, "市委党校报告厅", STARTS.minusDays(2));
    }
}
