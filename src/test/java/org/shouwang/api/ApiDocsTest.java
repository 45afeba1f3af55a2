package org.shouwang.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The API's OpenAPI description and its page are open to anyone, under the pages' security headers. */
@SpringBootTest
@ActiveProfiles("test")
class ApiDocsTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    ObjectMapper json;

    private MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void the_openapi_description_lists_every_endpoint_with_the_bearer_token_and_nothing_else() throws Exception {
        MockHttpServletResponse response = http.perform(get(ApiPaths.DOCS + "/openapi.json")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode api = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        String c = "/api/v1/communities/{communityId}";
        assertThat(api.path("paths").fieldNames()).toIterable().containsExactlyInAnyOrder(c + "/plan",
                c + "/roster", c + "/volunteers/{code}/duties", c + "/assignments/{assignmentId}");
        assertThat(api.path("paths").path(c + "/plan").has("put")).isTrue();
        assertThat(api.path("paths").path(c + "/assignments/{assignmentId}").has("put")).isTrue();
        assertThat(api.at("/components/securitySchemes/token/scheme").asText()).isEqualTo("bearer");
        assertThat(api.at("/security/0").has("token")).isTrue();
        assertThat(api.at("/paths/" + (c + "/plan").replace("/", "~1") + "/put/description").asText())
                .contains("all or nothing", "It replaces");
    }

    @Test
    void the_page_opens_without_signing_in_and_carries_the_content_security_policy() throws Exception {
        MockHttpServletResponse entry = http.perform(get(ApiPaths.DOCS)).andReturn().getResponse();
        assertThat(entry.getStatus()).isEqualTo(302);
        String page = entry.getRedirectedUrl();
        assertThat(page).startsWith(ApiPaths.DOCS + "/");

        MockHttpServletResponse ui = http.perform(get(page)).andReturn().getResponse();
        assertThat(ui.getStatus()).isEqualTo(200);
        assertThat(ui.getContentAsString(StandardCharsets.UTF_8)).contains("swagger-ui");
        // The pages' policy, which the page works under (its scripts and styles come from this origin).
        assertThat(ui.getHeader("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");

        // What the page then loads: its script, which asks for the configuration naming the description.
        String initializer = page.replace("index.html", "swagger-initializer.js");
        MockHttpServletResponse script = http.perform(get(initializer)).andReturn().getResponse();
        assertThat(script.getStatus()).isEqualTo(200);
        MockHttpServletResponse config = http.perform(get(ApiPaths.DOCS + "/openapi.json/swagger-config"))
                .andReturn().getResponse();
        assertThat(config.getStatus()).isEqualTo(200);
        assertThat(json.readTree(config.getContentAsString(StandardCharsets.UTF_8)).path("url").asText())
                .isEqualTo(ApiPaths.DOCS + "/openapi.json");
    }
}
