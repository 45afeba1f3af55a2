package org.shouwang.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shouwang.base.CurrentUser;
import org.shouwang.publish.PublishedRosterService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** The published roster: what volunteers were told, by date range or for one volunteer. */
@RestController
@RequestMapping(path = ApiPaths.COMMUNITY, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Roster", description = "The published roster, as volunteers see it")
class RosterApiController {

    /** How far the duties of one volunteer reach without a {@code to}. */
    static final int DUTY_DAYS = 28;

    private final PublishedRosterService published;
    private final CurrentUser caller;
    private final Clock clock;

    RosterApiController(PublishedRosterService published, CurrentUser caller, Clock clock) {
        this.published = published;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping("/roster")
    @Operation(summary = "The published roster of a date range",
            description = "Every seat of the published roster whose shift starts from `from` to `to` (both "
                    + "included, at most " + ApiRequests.MAX_DAYS + " days), by start, compound, post and seat; "
                    + "an empty seat has no volunteer. Changes to the draft show here once they are published.")
    @ApiResponse(responseCode = "200", description = "The seats")
    @ApiResponse(responseCode = "400", description = "A date is missing or malformed, or the range is too long",
            content = @Content(mediaType = "application/problem+json"))
    ApiViews.RosterView roster(@PathVariable long communityId,
                               @Parameter(description = "First date, yyyy-MM-dd", required = true) @RequestParam(required = false) String from,
                               @Parameter(description = "Last date, yyyy-MM-dd", required = true) @RequestParam(required = false) String to) {
        ApiRequests.community(caller, communityId);
        ApiRequests.Range range = ApiRequests.range(from, to, null);
        return new ApiViews.RosterView(communityId, range.from(), range.to(),
                published.roster(communityId, range.from(), range.to()).stream()
                        .map(ApiViews.PublishedSeatView::of).toList());
    }

    @GetMapping("/volunteers/{code}/duties")
    @Operation(summary = "One volunteer's published duties",
            description = "The published duties of the volunteer with this code whose shift starts from `from` "
                    + "(default today) to `to` (default " + DUTY_DAYS + " days on), by start.")
    @ApiResponse(responseCode = "200", description = "The duties")
    @ApiResponse(responseCode = "404", description = "The community has no volunteer of this code",
            content = @Content(mediaType = "application/problem+json"))
    ApiViews.DutiesView duties(@PathVariable long communityId,
                               @Parameter(description = "The volunteer's code, e.g. V0012") @PathVariable String code,
                               @Parameter(description = "First date, yyyy-MM-dd") @RequestParam(required = false) String from,
                               @Parameter(description = "Last date, yyyy-MM-dd") @RequestParam(required = false) String to) {
        ApiRequests.community(caller, communityId);
        LocalDate today = LocalDate.now(clock);
        ApiRequests.Range range = ApiRequests.range(from, to,
                new ApiRequests.Range(today, today.plusDays(DUTY_DAYS - 1L)));
        return published.duties(communityId, code, range.from(), range.to())
                .map(d -> ApiViews.DutiesView.of(d, range.from(), range.to()))
                .orElseThrow(() -> new ApiNotFoundException("No volunteer " + code));
    }
}
