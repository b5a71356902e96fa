package org.dangjian.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void chineseUnlessEnglishIsPreferred() {
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("")).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("en")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("en-GB,en;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("fr-FR, en;q=0.5")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("de")).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage(";;;not a header")).isEqualTo(Language.ZH);
    }

    @Test
    void detailNamesTheServiceOrLeavesItOut() {
        assertThat(ProblemType.SERVICE_UNAVAILABLE.detail(Language.ZH, "member-service"))
                .isEqualTo("服务 member-service 暂时不可用，请稍后重试。");
        assertThat(ProblemType.SERVICE_UNAVAILABLE.detail(Language.EN, "member-service"))
                .isEqualTo("The service member-service is temporarily unavailable. Please try again later.");
        assertThat(ProblemType.SERVICE_UNAVAILABLE.detail(Language.ZH, null)).isEqualTo("服务暂时不可用，请稍后重试。");
        assertThat(ProblemType.SERVICE_UNAVAILABLE.detail(Language.EN, ""))
                .isEqualTo("The service is temporarily unavailable. Please try again later.");
        assertThat(ProblemType.PAYLOAD_TOO_LARGE.detail(Language.EN, "10 MB"))
                .isEqualTo("The request body exceeds the size limit of 10 MB.");
    }

    @Test
    void frameworkStatusesMapToStableCodes() {
        assertThat(ProblemType.forStatus(404).code()).isEqualTo("NOT_FOUND");
        assertThat(ProblemType.forStatus(413).code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(ProblemType.forStatus(504).code()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(ProblemType.forStatus(415).code()).isEqualTo("REQUEST_REJECTED");
        assertThat(ProblemType.forStatus(415).status().value()).isEqualTo(400);
        assertThat(ProblemType.forStatus(500).code()).isEqualTo("INTERNAL_ERROR");
    }

    /** A client handles one code per case, whether the gateway or a service answered (web-kit's ProblemCodes). */
    @Test
    void the_gateways_codes_are_the_services_codes_for_the_same_case() {
        assertThat(ProblemType.forStatus(400).code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(ProblemType.forStatus(401).code()).isEqualTo("UNAUTHORIZED");
        assertThat(ProblemType.forStatus(403).code()).isEqualTo("FORBIDDEN");
        assertThat(ProblemType.forStatus(405).code()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(ProblemType.forStatus(429).code()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(ProblemType.TOKEN_EXPIRED.code()).isEqualTo("TOKEN_EXPIRED");
    }
}
