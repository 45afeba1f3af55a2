package org.shouwang.publish;

import org.shouwang.duty.DutyFixture;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.RosterWindow;
import org.shouwang.volunteer.Volunteer;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Where the publishing tests start: 王芳 and 李强 in a community of their own, a window of its timeline
 * from tomorrow, and 王芳 in its morning seat at the gate (07:00–11:00).
 */
public class PublishFixture extends DutyFixture {

    public final Volunteer wang;
    public final Volunteer li;
    public final LocalDate tomorrow;
    public final RosterWindow roster;
    /** 王芳's seat, tomorrow 07:00–11:00 at the gate. */
    public final Assignment morning;

    /** The window covers {@code days} dates from tomorrow. */
    public PublishFixture(ApplicationContext ctx, int days) {
        super(ctx);
        wang = volunteer("王芳", "13800000001");
        li = volunteer("李强", "13800000002");
        tomorrow = LocalDate.now(ctx.getBean(Clock.class)).plusDays(1);
        roster = window(tomorrow, tomorrow.plusDays(days - 1));
        morning = seat(roster, gate, tomorrow.atTime(7, 0), 4, 0, null, wang);
    }
}
