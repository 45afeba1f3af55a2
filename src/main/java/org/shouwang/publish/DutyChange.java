package org.shouwang.publish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.shouwang.base.AbstractEntity;
import org.shouwang.community.Post;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.Roster;
import org.shouwang.volunteer.Volunteer;

import java.time.LocalDateTime;

/**
 * A duty a volunteer gained or lost when a roster was published. Written once by publishing, read by
 * the volunteer ("what changed for me since I last looked"). Post and times are copies so that the
 * entry still reads right after the seat has been re-planned.
 */
@Entity
@Table(name = "duty_change")
public class DutyChange extends AbstractEntity {

    public enum Kind { ADDED, REMOVED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roster_id", nullable = false)
    private Roster roster;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private Post post;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected DutyChange() {
    }

    DutyChange(Volunteer volunteer, Assignment seat, Kind kind, LocalDateTime changedAt) {
        this.volunteer = volunteer;
        this.roster = seat.getRoster();
        this.post = seat.getPost();
        this.startsAt = seat.getStartsAt();
        this.endsAt = seat.getEndsAt();
        this.kind = kind;
        this.changedAt = changedAt;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public Roster getRoster() {
        return roster;
    }

    public Post getPost() {
        return post;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
