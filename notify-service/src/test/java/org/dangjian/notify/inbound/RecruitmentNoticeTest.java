package org.dangjian.notify.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import java.time.LocalDate;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.recruitment.RecruitmentDeadlineApproaching;
import org.dangjian.contracts.recruitment.RecruitmentStepOverdue;
import org.dangjian.contracts.recruitment.RecruitmentStepRecorded;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Member-development deadlines reach the administrators of the organisation that must act, and nobody else. */
@StubbedProviders
class RecruitmentNoticeTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;

    @Test
    void aRecruitmentDeadlineTextsTheActingOrganisationsAdministrators() {
        String townAdmin = phone();
        String branchAdminPhone = phone();
        recipients.administrator(town1, pathOf(town1), "镇组织委员", townAdmin);
        recipients.administrator(branchA, pathOf(branchA), "支部书记", branchAdminPhone);
        LocalDate due = today().plusDays(5);
        long applicant = nextId();

        publish(new RecruitmentDeadlineApproaching(applicant, branchA, town1, pathOf(town1), "N13", "上级党委预审", due,
                "王芳"));

        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(townAdmin).size() == 1);
        assertThat(provider.sentTo(townAdmin).get(0).text())
                .contains("玉山镇党委", "王芳", "上级党委预审", due.toString(), "请及时办理");
        assertThat(provider.sentTo(branchAdminPhone)).as("the branch does not perform this step").isEmpty();
    }

    @Test
    void anOverdueStepTextsTheActingOrganisationsAdministrators() {
        String branchAdminPhone = phone();
        recipients.administrator(branchA, pathOf(branchA), "支部书记", branchAdminPhone);
        LocalDate due = today().minusDays(2);

        publish(new RecruitmentStepOverdue(nextId(), branchA, branchA, pathOf(branchA), "N02", "党组织派人谈话", due, "李强"));

        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(branchAdminPhone).size() == 1);
        assertThat(provider.sentTo(branchAdminPhone).get(0).text())
                .contains("城北社区党支部", "李强", "党组织派人谈话", "已过办理期限", due.toString());
    }

    @Test
    void otherRecruitmentEventsSendNothing() {
        String branchAdminPhone = phone();
        recipients.administrator(branchA, pathOf(branchA), "支部书记", branchAdminPhone);

        publish(new RecruitmentStepRecorded(nextId(), branchA, pathOf(branchA), "N02", "APPLICANT", today()));
        awaitConsumed("notify-service.recruitment", Topics.RECRUITMENT);

        assertThat(provider.sentTo(branchAdminPhone)).isEmpty();
    }
}
