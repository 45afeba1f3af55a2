package org.shouwang.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.shouwang.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/** Calls the API through the real filter chains, as another system would, on {@link ApiSamples} communities. */
@SpringBootTest
@ActiveProfiles("test")
abstract class ApiTestBase {

    static final String COMMUNITIES = "/api/v1/communities/";

    @Autowired
    WebApplicationContext web;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    MockMvc http;
    ApiSamples samples;

    @BeforeEach
    void setUpHttp() {
        http = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        samples = new ApiSamples(ctx);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** The answer to the request sent with this token ({@code null}: without any). */
    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    JsonNode body(MockHttpServletResponse response) throws IOException {
        return json.readTree(response.getContentAsByteArray());
    }

    int version(long assignmentId) {
        return jdbc.queryForObject("select version from assignment where id = ?", Integer.class, assignmentId);
    }

    String volunteerIn(long assignmentId) {
        return jdbc.queryForObject("""
                select v.code from assignment a left join volunteer v on v.id = a.volunteer_id where a.id = ?""",
                String.class, assignmentId);
    }
}
