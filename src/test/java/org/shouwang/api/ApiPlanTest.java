package org.shouwang.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.base.UploadLimit;
import org.shouwang.exchange.PlanExportService;
import org.shouwang.plan.PlanJson;
import org.shouwang.security.AccountService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The community's plan document through the API: the page's export, and a whole replacement, all or nothing. */
class ApiPlanTest extends ApiTestBase {

    /** The community as the Import/Export page would export it over the sample's three days. */
    private String export(ApiSamples.Sample s) {
        TestUsers.signIn(Roles.SECRETARY, s.communityId(), null);
        try {
            return PlanJson.write(ctx.getBean(PlanExportService.class).export(s.communityId(), ApiSamples.MONDAY,
                    ApiSamples.MONDAY.plusDays(2)));
        } finally {
            TestUsers.signOut();
        }
    }

    /** The sample's document, changed. */
    private byte[] document(ApiSamples.Sample s, Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) json.readTree(PlanJson.write(ApiSamples.document(s.name())));
        change.accept(tree);
        return json.writeValueAsBytes(tree);
    }

    private MockHttpServletRequestBuilder replace(ApiSamples.Sample s, byte[] body) {
        return put(COMMUNITIES + s.communityId() + "/plan").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void the_plan_is_the_export_of_the_import_and_export_page() throws Exception {
        ApiSamples.Sample s = samples.sample();

        MockHttpServletResponse response = call(get(COMMUNITIES + s.communityId() + "/plan")
                .param("from", ApiSamples.MONDAY.toString()).param("to", ApiSamples.MONDAY.plusDays(2).toString()),
                s.readOnly());
        MockHttpServletResponse latest = call(get(COMMUNITIES + s.communityId() + "/plan"), s.readOnly());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(export(s));
        assertThat(latest.getContentAsString(StandardCharsets.UTF_8)).as("the latest roster's dates by default")
                .isEqualTo(export(s));
    }

    @Test
    void a_document_with_problems_changes_nothing_and_gets_every_problem_once_per_cause_with_its_path() throws Exception {
        ApiSamples.Sample s = samples.sample();
        String before = export(s);
        // A phone the database cannot take (found by the checks before writing) ...
        byte[] badPhone = document(s, tree -> {
            ((ObjectNode) tree.path("compounds").get(0)).put("name", "改过的名字");
            ((ObjectNode) tree.path("volunteers").get(12)).put("phone", "12ab");
        });
        // ... and a format problem: one unknown code in three places is one cause.
        byte[] unknownCode = document(s, tree -> {
            ArrayNode assignments = (ArrayNode) tree.path("assignments");
            for (int i = 0; i < 3; i++) {
                ((ObjectNode) assignments.get(i)).put("volunteer", "NOBODY");
            }
        });

        MockHttpServletResponse chinese = call(replace(s, badPhone), s.readWrite());
        MockHttpServletResponse english = call(replace(s, badPhone).header(HttpHeaders.ACCEPT_LANGUAGE, "en"), s.readWrite());
        MockHttpServletResponse unknown = call(replace(s, unknownCode).header(HttpHeaders.ACCEPT_LANGUAGE, "en"),
                s.readWrite());

        assertThat(chinese.getStatus()).isEqualTo(400);
        assertThat(chinese.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(body(chinese).at("/problems/0/path").asText()).isEqualTo("volunteers[12].phone");
        assertThat(body(chinese).at("/problems/0/message").asText()).isEqualTo("不是电话号码：\"12ab\"");
        assertThat(body(english).at("/problems/0/message").asText()).isEqualTo("not a phone number: \"12ab\"");
        assertThat(body(english).path("detail").asText()).startsWith("Nothing was changed");
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(body(unknown).path("problems")).hasSize(1);
        assertThat(body(unknown).at("/problems/0/path").asText()).isEqualTo("assignments[0].volunteer");
        assertThat(body(unknown).at("/problems/0/message").asText()).isEqualTo("unknown volunteer \"NOBODY\"");
        assertThat(body(unknown).at("/problems/0/sameCause").asInt()).as("the two other assignments of NOBODY")
                .isEqualTo(2);
        assertThat(export(s)).isEqualTo(before);
    }

    @Test
    void a_document_of_another_community_is_refused() throws Exception {
        ApiSamples.Sample s = samples.sample();
        String before = export(s);

        MockHttpServletResponse response = call(replace(s, document(s, tree ->
                ((ObjectNode) tree.path("community")).put("name", "别的社区"))), s.readWrite());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).at("/problems/0/path").asText()).isEqualTo("community.name");
        assertThat(export(s)).isEqualTo(before);
    }

    @Test
    void a_replacement_that_fails_while_it_is_written_changes_nothing_at_all() throws Exception {
        ApiSamples.Sample s = samples.sample();
        // The volunteer the document drops has an account: removing them fails after much else was written.
        TestUsers.signIn(Roles.SECRETARY, s.communityId(), null);
        long volunteerId = jdbc.queryForObject("select id from volunteer where community_id = ? and code = ?",
                Long.class, s.communityId(), s.otherVolunteer());
        ctx.getBean(AccountService.class).createVolunteerAccount(volunteerId);
        TestUsers.signOut();
        String before = export(s);
        byte[] dropping = document(s, tree -> {
            ((ObjectNode) tree.path("compounds").get(0)).put("name", "改过的名字");
            ArrayNode volunteers = (ArrayNode) tree.path("volunteers");
            for (int i = 0; i < volunteers.size(); i++) {
                if (volunteers.get(i).path("code").asText().equals(s.otherVolunteer())) {
                    volunteers.remove(i);
                    break;
                }
            }
            removeUsesOf(tree, s.otherVolunteer());
        });

        MockHttpServletResponse response = call(replace(s, dropping), s.readWrite());

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(409);
        assertThat(body(response).path("detail").asText()).contains("账号");
        assertThat(export(s)).isEqualTo(before);
    }

    /** Takes a volunteer out of the assignments and compound owners of a document, so that only their absence is new. */
    private static void removeUsesOf(ObjectNode tree, String code) {
        tree.path("assignments").forEach(a -> {
            if (a.path("volunteer").asText().equals(code)) {
                ((ObjectNode) a).putNull("volunteer");
            }
        });
        tree.path("compounds").forEach(c -> {
            if (c.path("owner").asText().equals(code)) {
                ((ObjectNode) c).remove("owner");
            }
        });
    }

    @Test
    void a_good_document_replaces_the_community() throws Exception {
        ApiSamples.Sample s = samples.sample();
        assertThat(publishedSeats(s)).isPositive();

        MockHttpServletResponse response = call(replace(s, document(s, tree ->
                ((ObjectNode) tree.path("compounds").get(0)).put("name", "改过的名字"))), s.readWrite());

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(body(response).path("community").asText()).isEqualTo(s.name());
        assertThat(body(response).path("volunteers").asInt()).isEqualTo(30);
        assertThat(jdbc.queryForList("select name from compound where community_id = ? order by code", String.class,
                s.communityId())).first().isEqualTo("改过的名字");
        assertThat(publishedSeats(s)).as("the published roster replaced by a draft").isZero();
    }

    /** A seat is published when it carries a publishing time (one timeline per community). */
    private int publishedSeats(ApiSamples.Sample s) {
        return jdbc.queryForObject("""
                select count(*) from assignment a join roster r on r.id = a.roster_id
                where r.community_id = ? and a.published_at is not null""", Integer.class, s.communityId());
    }

    @Test
    void a_body_larger_than_the_upload_limit_gets_413_and_changes_nothing() throws Exception {
        ApiSamples.Sample s = samples.sample();
        String before = export(s);
        UploadLimit limit = ctx.getBean(UploadLimit.class);
        byte[] document = document(s, tree -> ((ObjectNode) tree.path("compounds").get(0)).put("name", "改过的名字"));
        byte[] padded = Arrays.copyOf(document, limit.bytes() + 1);
        Arrays.fill(padded, document.length, padded.length, (byte) ' ');

        MockHttpServletResponse response = call(replace(s, padded).header(HttpHeaders.ACCEPT_LANGUAGE, "en"),
                s.readWrite());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(body(response).path("detail").asText()).contains(limit.shown());
        assertThat(export(s)).isEqualTo(before);
    }
}
