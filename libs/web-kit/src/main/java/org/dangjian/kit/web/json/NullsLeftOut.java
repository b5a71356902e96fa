package org.dangjian.kit.web.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A property without a value is left out of the JSON, never written as {@code null}: the API documents
 * declare such properties optional (not required), which is what a generated client (TypeScript's
 * {@code name?: string}) expects, and an answer is smaller on a phone. Reading still accepts {@code null}
 * ({@code "phone": null} clears a phone in a PATCH).
 */
public class NullsLeftOut implements JsonMapperBuilderCustomizer {
    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL));
    }
}
