package org.dangjian.kit.web.app;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** The API document says what the kit does on the wire, for every service built on it. */
class ApiDocumentTest extends ApiTestBase {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Test
    void a_property_without_a_value_is_left_out_of_the_answer_not_sent_as_null() throws Exception {
        mvc.perform(createThing(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value("党支部"))
                .andExpect(jsonPath("$.parentId").doesNotExist());
    }

    @Test
    void long_ids_are_declared_as_the_strings_they_are_sent_as() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value("3.0.1"))
                .andExpect(jsonPath("$.components.schemas.Thing.properties.id.type").value("string"))
                .andExpect(jsonPath("$.components.schemas.Thing.properties.id.pattern").value("^-?[0-9]{1,19}$"))
                .andExpect(jsonPath("$.components.schemas.NewThing.properties.parentId.type").value("string"))
                .andExpect(jsonPath("$.paths['/api/things/{id}'].get.parameters[0].schema.type").value("string"))
                // an int stays a number
                .andExpect(jsonPath("$.components.schemas.Thing.properties.size.type").value("integer"));
    }

    @Test
    void an_enum_is_one_named_schema_listing_its_labels() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.Kind.enum[0]").value("BRANCH"))
                .andExpect(jsonPath("$.components.schemas.Kind.description").value("BRANCH: 党支部; COMMITTEE: 党委"))
                .andExpect(jsonPath("$.paths['/api/things/kinds'].get.responses['200'].content['application/json'].schema.items['$ref']")
                        .value("#/components/schemas/Kind"));
    }

    @Test
    void a_create_is_documented_as_201_with_its_location_its_retry_key_and_its_problems() throws Exception {
        String post = "$.paths['/api/things'].post";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath(post + ".responses['201'].headers.Location").exists())
                .andExpect(jsonPath(post + ".responses['201'].content['application/json'].schema['$ref']")
                        .value("#/components/schemas/Thing"))
                .andExpect(jsonPath(post + ".parameters[*]['$ref']").value(hasItem("#/components/parameters/IdempotencyKey")))
                .andExpect(jsonPath(post + ".parameters[*]['$ref']").value(hasItem("#/components/parameters/AcceptLanguage")))
                .andExpect(jsonPath(post + ".responses['400'].content['application/problem+json'].schema['$ref']").value(PROBLEM_REF))
                .andExpect(jsonPath(post + ".responses['409'].description").value(containsString("IDEMPOTENCY_IN_PROGRESS")))
                .andExpect(jsonPath(post + ".responses['422'].description").value(containsString("IDEMPOTENCY_KEY_REUSED")))
                .andExpect(jsonPath(post + ".responses['413'].content['application/problem+json'].schema['$ref']").value(PROBLEM_REF))
                .andExpect(jsonPath(post + ".responses['415']").exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.code.type").value("string"))
                .andExpect(jsonPath("$.paths['/api/things/{id}'].get.responses['404'].content['application/problem+json'].schema['$ref']")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath("$.paths['/api/things/{id}'].get.operationId").value("thingGet"));
    }
}
