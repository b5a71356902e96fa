package org.dangjian.kit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjian.contracts.member.MemberRegistered;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void payloadIsTheRecordWithIsoDatesAndNumericIdsAndNoRoutingFields() {
        String json = EventJson.write(new MemberRegistered(9007199254740993L, 12L, "/1/12/", "王五", "F",
                LocalDate.of(1990, 5, 4), LocalDate.of(2015, 7, 1), "FORMAL"));

        assertThat(json).contains("\"memberId\":9007199254740993", "\"orgId\":12", "\"birthDate\":\"1990-05-04\"",
                "\"joinDate\":\"2015-07-01\"", "\"name\":\"王五\"");
        assertThat(json).doesNotContain("eventType", "eventTopic", "eventSubject");
    }

    @Test
    void anOldEventWithoutANewPrimitiveFieldStillReads() {
        MemberRegistered read = EventJson.read("{\"memberId\":1,\"name\":\"赵六\"}", MemberRegistered.class, "e");
        assertThat(read.memberId()).isEqualTo(1);
        assertThat(read.orgId()).isZero();
    }
}
