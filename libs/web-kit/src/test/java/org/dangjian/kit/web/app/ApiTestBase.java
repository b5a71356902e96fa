package org.dangjian.kit.web.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole servlet stack of a service built on web-kit (filters, Spring Security, MVC, the problem
 * handler) with a real Redis. One application context, shared by every API test class.
 */
@SpringBootTest(classes = WebKitTestApp.class, properties = "dj.web.max-body-bytes=2048")
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_kit_test")
abstract class ApiTestBase {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String VALID = """
            {"name":"党支部","foundedOn":"2021-07-01","size":3}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    ThingController things;

    static MockHttpServletRequestBuilder createThing(String json) {
        return post("/api/things").contentType(MediaType.APPLICATION_JSON).content(json);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
    }
}
