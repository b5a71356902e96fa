package org.dangjian.notify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.dangjian.kit.web.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/** A deployment that set no report secret has no report route: nobody can mark messages delivered. */
class ReportsOffTest {

    @Test
    void without_a_configured_secret_the_report_route_is_not_found_whatever_the_token() {
        ReportController controller = new ReportController(null, new ReportProperties(null), JsonMapper.builder().build());
        for (String token : new String[] {null, "", "anything"}) {
            ApiException refused = catchThrowableOfType(ApiException.class,
                    () -> controller.receive("aliyun", "[]", token, null));
            assertThat(refused.status()).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }
}
