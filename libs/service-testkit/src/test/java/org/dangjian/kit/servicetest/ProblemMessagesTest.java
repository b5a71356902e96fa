package org.dangjian.kit.servicetest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problem-message rules on fixtures: this module's test bundle knows FIXTURE_KNOWN in both languages. */
class ProblemMessagesTest {

    @Test
    void a_thrown_code_without_a_message_in_either_language_fails(@TempDir Path sources) throws IOException {
        Path feature = Files.createDirectories(sources.resolve("org/dangjian/x/thing"));
        Files.writeString(feature.resolve("Things.java"), """
                package org.dangjian.x.thing;

                import org.dangjian.kit.web.problem.ApiException;
                import org.dangjian.kit.web.problem.ProblemCodes;
                import org.springframework.http.HttpStatus;

                class Things {
                    static final String THING_GONE = "FIXTURE_UNKNOWN";

                    void fail(int n) {
                        switch (n) {
                            case 1 -> throw ApiException.notFound(THING_GONE);
                            case 2 -> throw ApiException.conflict("FIXTURE_KNOWN");
                            case 3 -> throw new ApiException(HttpStatus.BAD_REQUEST, "FIXTURE_CHINESE_ONLY");
                            case 4 -> throw new ApiException(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN);
                            default -> throw ApiException.invalidField("name", "名称不能为空");
                        }
                    }
                }
                """);
        var codes = ProblemMessages.thrownCodes(sources);
        assertThat(codes).containsOnlyKeys("FIXTURE_UNKNOWN", "FIXTURE_KNOWN", "FIXTURE_CHINESE_ONLY", "FORBIDDEN");
        assertThat(ProblemMessages.missing(codes)).containsExactlyInAnyOrder(
                "FIXTURE_UNKNOWN (thrown in org/dangjian/x/thing/Things.java) has no Chinese message",
                "FIXTURE_UNKNOWN (thrown in org/dangjian/x/thing/Things.java) has no English message",
                "FIXTURE_CHINESE_ONLY (thrown in org/dangjian/x/thing/Things.java) has no English message");
    }

    @Test
    void a_service_bundle_repeating_a_kits_code_is_noticed() {
        assertThat(ProblemMessages.redeclaredKitCodes()).containsExactly("FORBIDDEN");
    }
}
