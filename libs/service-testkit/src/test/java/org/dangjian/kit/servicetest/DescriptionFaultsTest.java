package org.dangjian.kit.servicetest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dangjian.kit.catalog.ServiceDescription;
import org.junit.jupiter.api.Test;

/** The rules ServiceDescriptionTest applies, on a made-up description; each fault names the line to fix. */
class DescriptionFaultsTest {
    private static final ServiceDescription THINGS = new ServiceDescription("thing-service", "things",
            List.of("things", "stuff"), "dj_thing", true, List.of("dj.thing.v1"), List.of("dj.org.v1", "dj.member.v1"),
            List.of(), false, new ServiceDescription.Memory(96, 200));

    @Test
    void a_service_running_on_another_schema_than_described_fails_naming_the_schema_line() {
        assertThat(DescriptionFaults.schema(THINGS, "dj_thing")).isEmpty();
        assertThat(DescriptionFaults.schema(THINGS, "dj_things")).singleElement().asString()
                .contains("thing-service/service.yaml", "`schema: dj_thing`", "runs on dj_things", "line `schema:`");
    }

    @Test
    void a_topic_listened_to_but_not_consumed_and_one_consumed_without_a_listener_both_fail() {
        assertThat(DescriptionFaults.topics(THINGS, Map.of("dj.org.v1", List.of("a @KafkaListener in group x"),
                "dj.member.v1", List.of("a @KafkaListener in group y")))).isEmpty();

        assertThat(DescriptionFaults.topics(THINGS, Map.of("dj.org.v1", List.of("a @KafkaListener in group x"),
                "dj.points.v1", List.of("a @KafkaListener in group z")))).containsExactly(
                "thing-service/service.yaml: add dj.points.v1 to the line `consumes:` (listened to by a @KafkaListener in group z)",
                "thing-service/service.yaml: remove dj.member.v1 from the line `consumes:` (no @KafkaListener of the"
                        + " service or of its kits subscribes to it), or add the listener");
    }

    @Test
    void a_route_outside_the_areas_and_an_area_without_a_route_both_fail() {
        assertThat(DescriptionFaults.routes(THINGS, Map.of("/api/things", "A#list", "/api/things/{id}", "A#get",
                "/api/stuff/x", "B#x", "/internal/things", "C#internal", "/health", "D#h"))).isEmpty();

        assertThat(DescriptionFaults.routes(THINGS, Map.of("/api/things/{id}", "A#get", "/api/widgets/{id}", "W#get")))
                .containsExactly(
                        "thing-service/service.yaml: /api/widgets/{id} (W#get) is in no area of the line `areas: [things,"
                                + " stuff]`: add 'widgets' there (the gateway routes only described areas), or move the"
                                + " route under one of them",
                        "thing-service/service.yaml: remove 'stuff' from the line `areas:` (no route of the service"
                                + " starts with /api/stuff), or serve it");
    }

    @Test
    void an_area_is_the_first_segment_after_api() {
        assertThat(DescriptionFaults.areaOf("/api/orgs")).isEqualTo("orgs");
        assertThat(DescriptionFaults.areaOf("/api/orgs/{id}/venues")).isEqualTo("orgs");
    }
}
