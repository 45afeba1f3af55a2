package org.shouwang.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.shouwang.plan.PlanJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every endpoint of the HTTP API against every kind of caller, through the real filter chains: without a
 * token, with a malformed, an unknown or a revoked one, with a token of another community, with a read-only
 * and with a read-write token. The expected answer is written out in the table below; a refusal is always a
 * problem document, never a redirect to the sign-in page, and no call opens a session.
 */
class ApiAccessTest extends ApiTestBase {

    /** Who calls. The cases run in this order, so the one that changes something comes last. */
    enum Caller { NONE, MALFORMED, UNKNOWN, REVOKED, OTHER_COMMUNITY, READ_ONLY, READ_WRITE }

    /** An endpoint: how to call it on a sample, and whether it writes. */
    record Endpoint(String name, boolean writes, Function<ApiSamples.Sample, MockHttpServletRequestBuilder> request) {
    }

    private List<Endpoint> endpoints() {
        String c = COMMUNITIES;
        return List.of(
                new Endpoint("GET plan", false, s -> get(c + s.communityId() + "/plan")
                        .param("from", ApiSamples.MONDAY.toString()).param("to", ApiSamples.MONDAY.plusDays(2).toString())),
                new Endpoint("PUT plan", true, s -> put(c + s.communityId() + "/plan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PlanJson.write(ApiSamples.document(s.name())).getBytes(StandardCharsets.UTF_8))),
                new Endpoint("GET roster", false, s -> get(c + s.communityId() + "/roster")
                        .param("from", ApiSamples.MONDAY.toString()).param("to", ApiSamples.MONDAY.plusDays(2).toString())),
                new Endpoint("GET duties", false, s -> get(c + s.communityId() + "/volunteers/" + s.volunteer() + "/duties")
                        .param("from", ApiSamples.MONDAY.toString()).param("to", ApiSamples.MONDAY.plusDays(2).toString())),
                new Endpoint("GET seat", false, s -> get(c + s.communityId() + "/assignments/" + s.seat())),
                new Endpoint("PUT seat", true, s -> put(c + s.communityId() + "/assignments/" + s.seat())
                        .header(HttpHeaders.IF_MATCH, "\"" + version(s.seat()) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"volunteer\": \"" + s.otherVolunteer() + "\"}")));
    }

    /** The status each caller gets. */
    private static int expected(Caller caller, boolean writes) {
        return switch (caller) {
            case NONE, MALFORMED, UNKNOWN, REVOKED -> 401;
            case OTHER_COMMUNITY -> 404;
            case READ_ONLY -> writes ? 403 : 200;
            case READ_WRITE -> 200;
        };
    }

    @TestFactory
    Stream<DynamicContainer> every_endpoint_answers_each_kind_of_caller_as_the_table_says() {
        ApiSamples.Sample other = samples.sample();
        List<DynamicContainer> rows = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            // A community of its own for each endpoint: the writing calls change it.
            ApiSamples.Sample sample = samples.sample();
            List<DynamicTest> cases = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                int status = expected(caller, endpoint.writes());
                cases.add(DynamicTest.dynamicTest(endpoint.name() + " by " + caller + " → " + status, () -> {
                    MockHttpServletRequestBuilder request = endpoint.request().apply(sample);
                    String header = authorization(caller, sample, other);
                    if (header != null) {
                        request.header(HttpHeaders.AUTHORIZATION, header);
                    }
                    MvcResult result = http.perform(request).andReturn();
                    MockHttpServletResponse response = result.getResponse();

                    assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8))
                            .isEqualTo(status);
                    assertThat(result.getRequest().getSession(false)).as("a session").isNull();
                    assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).isNull();
                    if (status != 200) {
                        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                        JsonNode problem = json.readTree(response.getContentAsByteArray());
                        assertThat(problem.path("status").asInt()).isEqualTo(status);
                        assertThat(problem.path("detail").asText()).isNotBlank();
                        assertThat(response.getHeader(HttpHeaders.LOCATION)).isNull();
                    }
                    if (status == 401) {
                        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
                    }
                }));
            }
            rows.add(DynamicContainer.dynamicContainer(endpoint.name(), cases));
        }
        return rows.stream();
    }

    @org.junit.jupiter.api.Test
    void a_call_without_a_token_is_told_so_in_the_language_it_asks_for() throws Exception {
        String roster = "/api/v1/communities/1/roster?from=2020-02-03&to=2020-02-03";

        JsonNode chinese = json.readTree(http.perform(get(roster)).andReturn().getResponse().getContentAsByteArray());
        JsonNode english = json.readTree(http.perform(get(roster).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andReturn().getResponse().getContentAsByteArray());
        JsonNode badToken = json.readTree(http.perform(get(roster).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .header(HttpHeaders.AUTHORIZATION, "Bearer nonsense")).andReturn().getResponse().getContentAsByteArray());

        assertThat(chinese.path("detail").asText()).isEqualTo("需要 API 令牌：请以 Authorization: Bearer <令牌> 发送。");
        assertThat(english.path("detail").asText()).startsWith("An API token is needed");
        assertThat(english.path("title").asText()).isEqualTo("Unauthorized");
        assertThat(english.path("instance").asText()).isEqualTo("/api/v1/communities/1/roster");
        assertThat(badToken.path("detail").asText()).startsWith("The token is not valid");
    }

    private static String authorization(Caller caller, ApiSamples.Sample sample, ApiSamples.Sample other) {
        return switch (caller) {
            case NONE -> null;
            case MALFORMED -> "Basic " + sample.readWrite();
            // Well-formed, but no token of any community.
            case UNKNOWN -> "Bearer " + ApiTokenService.PREFIX + "A".repeat(43);
            case REVOKED -> "Bearer " + sample.revoked();
            case OTHER_COMMUNITY -> "Bearer " + other.readWrite();
            case READ_ONLY -> "Bearer " + sample.readOnly();
            case READ_WRITE -> "Bearer " + sample.readWrite();
        };
    }
}
