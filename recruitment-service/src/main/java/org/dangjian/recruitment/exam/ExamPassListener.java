package org.dangjian.recruitment.exam;

import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.learning.LearningExamPassed;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.recruitment.catalogue.ExamKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the exam passes learning-service announces for applicants (applicantId = case id), once per event. A pass
 * named only by a member id (a new member's exam after admission) is not matched to a case yet: it is skipped and
 * logged; matching members to their cases comes when admission links the two.
 */
@Component
class ExamPassListener {
    private static final String CONSUMER = "recruitment-service.exam-passes";
    private static final Logger LOG = LoggerFactory.getLogger(ExamPassListener.class);
    private final EventInbox inbox;
    private final CaseExamMapper exams;
    private final Clock clock;

    ExamPassListener(EventInbox inbox, CaseExamMapper exams, Clock clock) {
        this.inbox = inbox;
        this.exams = exams;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.LEARNING, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (!event.is(LearningExamPassed.TYPE)) {
                return;
            }
            LearningExamPassed e = event.as(LearningExamPassed.class);
            if (e.applicantId() == null || !known(e.kind())) {
                LOG.info("exam pass {} not kept: applicant {}, member {}, kind {}", event.id(), e.applicantId(),
                        e.memberId(), e.kind());
                return;
            }
            CaseExam pass = new CaseExam();
            pass.setCaseId(e.applicantId());
            pass.setKind(e.kind());
            pass.setScore(e.score());
            pass.setTakenOn(e.passedOn());
            pass.setPassed(true);
            pass.setSource(CaseExam.ONLINE);
            pass.setEventId(event.id());
            pass.setRecordedAt(clock.instant());
            exams.insert(pass);
        });
    }

    private static boolean known(String kind) {
        for (ExamKind k : ExamKind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
