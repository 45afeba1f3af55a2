package org.shouwang.duty;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One published duty of a volunteer as they see it: where and when, the names of the team, and who
 * leads. Only the lead's phone is given: other teammates' phones stay private.
 *
 * @param assignmentId    the seat (assignment) id
 * @param teammates the other people published on the same shift, by name
 * @param lead      the name of the person in the shift's LEAD seat, or {@code null} when none
 * @param leadPhone the lead's phone, or {@code null}
 * @param changed   true when the seat was changed or released after publishing (a new publish is coming)
 * @param onLeave   true when the volunteer has reported leave or sickness for (part of) this duty
 */
public record Duty(long assignmentId, LocalDateTime startsAt, LocalDateTime endsAt, String compound, String post,
                   List<String> teammates, String lead, String leadPhone, boolean iLead, boolean changed,
                   boolean onLeave) {

    public Duty {
        teammates = List.copyOf(teammates);
    }

    public double hours() {
        return Duration.between(startsAt, endsAt).toMinutes() / 60.0;
    }
}
