package org.dangjian.kit.web.app;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Bad input: each refusal is a 400 problem naming what to fix, in the client's language. */
class ValidationApiTest extends ApiTestBase {
    private static final String BAD = """
            {"name":" ","foundedOn":"2999-01-01","size":0}""";

    @Test
    void names_every_bad_field_with_a_chinese_title_by_default() throws Exception {
        mvc.perform(createThing(BAD))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.title").value("请求参数有误"))
                .andExpect(jsonPath("$.instance").value("/api/things"))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "foundedOn", "size")))
                .andExpect(jsonPath("$.errors[0].message", not(emptyOrNullString())));
    }

    @Test
    void speaks_english_when_the_client_asks() throws Exception {
        mvc.perform(createThing(BAD).header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value("Check the fields listed in errors and try again."))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("must not be blank"));
    }

    @Test
    void an_unsupported_language_falls_back_to_chinese() throws Exception {
        mvc.perform(createThing(BAD).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("请求参数有误"));
    }

    @Test
    void malformed_json_is_a_malformed_request() throws Exception {
        mvc.perform(createThing("{\"name\": \"x\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.title").value("请求格式有误"));
    }

    @Test
    void a_value_of_the_wrong_type_names_its_field() throws Exception {
        mvc.perform(createThing("""
                        {"name":"x","foundedOn":"abc","size":3}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("foundedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("取值无效"));
    }

    @Test
    void a_bad_list_element_is_named_with_its_index() throws Exception {
        mvc.perform(createThing("""
                        {"name":"x","foundedOn":"2020-01-01","size":3,"scores":[1,"many"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[1]"));
    }

    @Test
    void a_bad_path_variable_names_it() throws Exception {
        mvc.perform(get("/api/things/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void unknown_fields_are_ignored_and_ids_sent_as_strings_are_read() throws Exception {
        mvc.perform(createThing("""
                        {"name":"x","foundedOn":"2020-01-01","size":3,"colour":"red","parentId":"9007199254740993"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentId").value("9007199254740993"));
    }
}
