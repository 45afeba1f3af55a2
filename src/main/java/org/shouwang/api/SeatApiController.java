package org.shouwang.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.shouwang.base.CurrentUser;
import org.shouwang.plan.PlanFormatException;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.PlanProblem;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.SeatState;
import org.shouwang.roster.UnknownVolunteerException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One seat of the roster, read and edited with its version: a read answers it as the {@code ETag}, and
 * an edit must send it back in {@code If-Match}, so that an edit based on a stale read is refused (412)
 * rather than silently overwriting someone else's change.
 */
@RestController
@RequestMapping(path = ApiPaths.COMMUNITY + "/assignments/{assignmentId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Seats", description = "Fill or empty one seat of the draft roster, guarded by its version")
class SeatApiController {

    /** A strong entity tag holding a version: {@code "12"}. */
    private static final Pattern ETAG = Pattern.compile("\"(\\d{1,9})\"");

    private final RosterService rosters;
    private final CurrentUser caller;
    private final ObjectMapper json;

    SeatApiController(RosterService rosters, CurrentUser caller, ObjectMapper json) {
        this.rosters = rosters;
        this.caller = caller;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "A seat as it is now",
            description = "The draft's volunteer, the published one, and the seat's version, also as the ETag.")
    @ApiResponse(responseCode = "200", description = "The seat; its ETag is the version to send in If-Match")
    @ApiResponse(responseCode = "404", description = "The community has no such seat",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<ApiViews.SeatView> seat(@PathVariable long communityId, @PathVariable long assignmentId) {
        ApiRequests.community(caller, communityId);
        return answer(rosters.seat(communityId, assignmentId));
    }

    @PutMapping
    @Operation(summary = "Fill or empty a seat",
            description = """
                    Puts the volunteer with the given code into the seat, or empties it for null. This changes the \
                    draft roster, as a hand edit on the planner board does (hard rules are not enforced: the board \
                    flags a seat that breaks one); volunteers see it after the next publish. If-Match must carry the \
                    seat's ETag from a read ("12"): a seat changed since is refused with 412, a missing If-Match with 428.""")
    @ApiResponse(responseCode = "200", description = "The seat as it is now, with its new ETag")
    @ApiResponse(responseCode = "400", description = "The body or If-Match is malformed, or the volunteer code unknown",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "The community has no such seat",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "412", description = "The seat changed since the version in If-Match; read it again",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiViews.SeatEdit.class)))
    ResponseEntity<ApiViews.SeatView> assign(@PathVariable long communityId, @PathVariable long assignmentId,
                                             @Parameter(description = "The seat's ETag, e.g. \"12\"", required = true)
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             HttpServletRequest request) {
        ApiRequests.community(caller, communityId);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new IfMatchMissingException();
        }
        Matcher version = ETAG.matcher(ifMatch.strip());
        if (!version.matches()) {
            throw new ApiInputException(ApiInputException.Issue.of(HttpHeaders.IF_MATCH, "api.problem.if-match-malformed"));
        }
        String volunteer = volunteerOf(ApiRequests.body(request));
        try {
            return answer(rosters.assignByCode(communityId, assignmentId, Integer.parseInt(version.group(1)), volunteer));
        } catch (UnknownVolunteerException unknown) {
            throw new ApiInputException(ApiInputException.Issue.of(new PlanFormatException.Problem("volunteer",
                    PlanProblem.UNKNOWN_VOLUNTEER, unknown.code())));
        }
    }

    /** The body's volunteer code, {@code null} to empty the seat; checked as a plan document's fields are. */
    private String volunteerOf(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new ApiInputException(ApiInputException.Issue.of("", "api.problem.not-json", line, column));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ApiInputException(ApiInputException.Issue.of("", "api.problem.empty-body"));
        }
        if (!root.isObject()) {
            throw new ApiInputException(ApiInputException.Issue.of(
                    PlanJson.wrongType("", PlanProblem.JsonType.OBJECT, root)));
        }
        JsonNode volunteer = root.get("volunteer");
        PlanFormatException.Problem problem = null;
        if (volunteer == null) {
            problem = new PlanFormatException.Problem("volunteer", PlanProblem.MISSING, PlanProblem.JsonType.STRING);
        } else if (!volunteer.isNull() && !volunteer.isTextual()) {
            problem = PlanJson.wrongType("volunteer", PlanProblem.JsonType.STRING, volunteer);
        } else if (volunteer.isTextual() && volunteer.asText().isBlank()) {
            problem = new PlanFormatException.Problem("volunteer", PlanProblem.BLANK);
        }
        if (problem != null) {
            throw new ApiInputException(ApiInputException.Issue.of(problem));
        }
        return volunteer.isNull() ? null : volunteer.asText().strip();
    }

    private static ResponseEntity<ApiViews.SeatView> answer(java.util.Optional<SeatState> seat) {
        SeatState found = seat.orElseThrow(() -> new ApiNotFoundException("No such seat"));
        return ResponseEntity.ok().eTag("\"" + found.version() + "\"").body(ApiViews.SeatView.of(found));
    }

    /** An edit without {@code If-Match}: answered 428. */
    static class IfMatchMissingException extends RuntimeException {
        IfMatchMissingException() {
            super("If-Match is required");
        }
    }
}
