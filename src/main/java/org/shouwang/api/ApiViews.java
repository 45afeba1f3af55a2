package org.shouwang.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.publish.PublishedRosterService;
import org.shouwang.publish.PublishedSeat;
import org.shouwang.roster.SeatState;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the API answers, apart from plan documents: its own shapes, so that the services' records may
 * change without changing the API. People, compounds and posts are named by their codes, as in the plan
 * format; seats by their assignment id.
 */
final class ApiViews {

    private ApiViews() {
    }

    @Schema(description = "A seat of the published roster: who volunteers were told holds it.")
    record PublishedSeatView(
            @Schema(description = "The seat's id, which the seat endpoints take") long assignmentId,
            @Schema(description = "The seat's version now: an edit sends it in If-Match as \"<version>\"") int version,
            @Schema(description = "Compound code") String compound,
            String compoundName,
            @Schema(description = "Post code") String post,
            String postName,
            @Schema(description = "Start, local time of the community") LocalDateTime start,
            @Schema(description = "End, local time of the community") LocalDateTime end,
            @Schema(description = "Seat number in its shift, from 0") int seat,
            @Schema(description = "The skill the seat needs, if any") String skill,
            @Schema(description = "Code of the published volunteer; null for an empty seat") String volunteer,
            String volunteerName) {

        static PublishedSeatView of(PublishedSeat s) {
            return new PublishedSeatView(s.assignmentId(), s.version(), s.compoundCode(), s.compoundName(),
                    s.postCode(), s.postName(), s.startsAt(), s.endsAt(), s.seat(), s.skill(), s.volunteerCode(),
                    s.volunteerName());
        }
    }

    @Schema(description = "The published seats whose shift starts from `from` to `to` (both included).")
    record RosterView(long communityId, LocalDate from, LocalDate to, List<PublishedSeatView> seats) {
    }

    @Schema(description = "One volunteer's published duties whose shift starts from `from` to `to`.")
    record DutiesView(String volunteer, String volunteerName, LocalDate from, LocalDate to,
                      List<PublishedSeatView> duties) {

        static DutiesView of(PublishedRosterService.Duties d, LocalDate from, LocalDate to) {
            return new DutiesView(d.volunteerCode(), d.volunteerName(), from, to,
                    d.duties().stream().map(PublishedSeatView::of).toList());
        }
    }

    @Schema(description = "A seat as it is now: the draft's volunteer, the published one, and its version.")
    record SeatView(
            long assignmentId,
            @Schema(description = "Also the ETag, quoted") int version,
            String compound,
            String post,
            String postName,
            LocalDateTime start,
            LocalDateTime end,
            int seat,
            String skill,
            @Schema(description = "Code of the volunteer in the draft roster; null for an empty seat") String volunteer,
            String volunteerName,
            @Schema(description = "Code of the volunteer published in the seat, if any") String publishedVolunteer,
            String publishedVolunteerName,
            @Schema(description = "A pinned seat is never changed by the solver") boolean pinned,
            @Schema(description = "A published seat the next solve may give to someone else") boolean released) {

        static SeatView of(SeatState s) {
            return new SeatView(s.assignmentId(), s.version(), s.compoundCode(), s.postCode(), s.postName(),
                    s.startsAt(), s.endsAt(), s.seat(), s.skill(), s.volunteerCode(), s.volunteerName(),
                    s.publishedVolunteerCode(), s.publishedVolunteerName(), s.pinned(), s.released());
        }
    }

    @Schema(description = "Who is to sit in the seat.")
    record SeatEdit(
            @Schema(description = "A volunteer's code, or null to empty the seat", nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "V0012") String volunteer) {
    }

    @Schema(description = "What the import made.")
    record ImportView(long communityId, String community, int compounds, int posts, int demands, int volunteers,
                      int assignments) {

        static ImportView of(PlanImportService.ImportResult r) {
            return new ImportView(r.communityId(), r.communityName(), r.compounds(), r.posts(), r.demands(),
                    r.volunteers(), r.assignments());
        }
    }
}
