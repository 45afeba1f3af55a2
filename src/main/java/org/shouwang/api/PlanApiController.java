package org.shouwang.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.shouwang.base.CurrentUser;
import org.shouwang.community.CommunityService;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanExportService;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The community as a whole {@code shouwang-plan/1} document: read it, or replace the community with one. */
@RestController
@RequestMapping(ApiPaths.COMMUNITY)
@Tag(name = "Plan", description = "The community as a shouwang-plan/1 document (docs/plan-format.md)")
class PlanApiController {

    private final PlanExportService exporter;
    private final PlanImportService importer;
    private final CommunityService communities;
    private final CurrentUser caller;
    private final Clock clock;

    PlanApiController(PlanExportService exporter, PlanImportService importer, CommunityService communities,
                      CurrentUser caller, Clock clock) {
        this.exporter = exporter;
        this.importer = importer;
        this.communities = communities;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping(path = "/plan", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The community's plan document",
            description = "The same shouwang-plan/1 export as the Import/Export page: compounds, posts, demands, "
                    + "volunteers with their availability and leave, and the assignments of the roster that covers "
                    + "the dates. Without dates: those of the latest roster, else this week's Monday and the 13 days after.")
    @ApiResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object",
                    description = "shouwang-plan/1, see docs/shouwang-plan-1.schema.json")))
    ResponseEntity<String> plan(@PathVariable long communityId,
                                @Parameter(description = "First date, yyyy-MM-dd") @RequestParam(required = false) String from,
                                @Parameter(description = "Last date, yyyy-MM-dd") @RequestParam(required = false) String to) {
        ApiRequests.community(caller, communityId);
        ApiRequests.Range range = ApiRequests.range(from, to, defaultDates(communityId));
        PlanDocument document = exporter.export(communityId, range.from(), range.to());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PlanJson.write(document));
    }

    private ApiRequests.Range defaultDates(long communityId) {
        return exporter.plannedDates(communityId)
                .map(r -> new ApiRequests.Range(r.from(), r.to()))
                .orElseGet(() -> {
                    LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    return new ApiRequests.Range(monday, monday.plusDays(13));
                });
    }

    @PutMapping(path = "/plan", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the community with a plan document",
            description = """
                    Imports a whole shouwang-plan/1 document (UTF-8 JSON, at most SHOUWANG_UPLOAD_MAX) as this \
                    community, all or nothing, with the same checks as the Import/Export page. The document's \
                    community.name must be this community's name.

                    It replaces: the community's rules, compounds, posts and demands become the document's; every \
                    roster of the community, published ones included, is deleted, and the document's assignments \
                    become a new draft roster over its horizon (nothing is published). Volunteers are matched by \
                    code: those in the document are created or updated (leave included: leave stored now but not in \
                    the document is gone), and those missing from it are removed. A volunteer who still has an \
                    account or other records cannot be removed: then nothing changes and the answer is 409.

                    A document with problems changes nothing; the answer lists every problem once per cause with \
                    its path (volunteers[12].phone), in the request's Accept-Language (zh-CN unless en).""")
    @ApiResponse(responseCode = "200", description = "Imported")
    @ApiResponse(responseCode = "400", description = "The document has problems; nothing was changed",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The import could not be completed; nothing was changed",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "The body is larger than SHOUWANG_UPLOAD_MAX",
            content = @Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A shouwang-plan/1 document", required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    ApiViews.ImportView replace(@PathVariable long communityId, HttpServletRequest request) {
        ApiRequests.community(caller, communityId);
        PlanDocument document = PlanJson.read(new ByteArrayInputStream(ApiRequests.body(request)));
        String name = communities.get(communityId).getName();
        if (!name.equals(document.community().name())) {
            throw new ApiInputException(ApiInputException.Issue.of("community.name", "api.problem.other-community",
                    document.community().name(), name));
        }
        return ApiViews.ImportView.of(importer.importCommunity(document, ImportMode.REPLACE));
    }
}
