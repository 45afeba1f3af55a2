package org.shouwang.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.shouwang.base.AbstractEntity;
import org.shouwang.volunteer.Volunteer;

import java.time.LocalDateTime;

/**
 * A volunteer as a reader of their own duties: when they last looked at their changes, and their
 * calendar subscription. Only a hash of the calendar token is stored, so a leaked database does not
 * leak working subscription URLs.
 */
@Entity
@Table(name = "duty_subscriber")
public class DutySubscriber extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false, unique = true)
    private Volunteer volunteer;

    @Column(name = "changes_seen_at")
    private LocalDateTime changesSeenAt;

    @Column(name = "calendar_token_hash", length = 64, unique = true)
    private String calendarTokenHash;

    @Column(name = "calendar_issued_at")
    private LocalDateTime calendarIssuedAt;

    @Column(name = "calendar_revoked_at")
    private LocalDateTime calendarRevokedAt;

    protected DutySubscriber() {
    }

    DutySubscriber(Volunteer volunteer) {
        this.volunteer = volunteer;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public LocalDateTime getChangesSeenAt() {
        return changesSeenAt;
    }

    void setChangesSeenAt(LocalDateTime changesSeenAt) {
        this.changesSeenAt = changesSeenAt;
    }

    String getCalendarTokenHash() {
        return calendarTokenHash;
    }

    public boolean hasCalendar() {
        return calendarTokenHash != null;
    }

    public LocalDateTime getCalendarIssuedAt() {
        return calendarIssuedAt;
    }

    public LocalDateTime getCalendarRevokedAt() {
        return calendarRevokedAt;
    }

    void issueCalendar(String tokenHash, LocalDateTime at) {
        this.calendarTokenHash = tokenHash;
        this.calendarIssuedAt = at;
        this.calendarRevokedAt = null;
    }

    void revokeCalendar(LocalDateTime at) {
        if (calendarTokenHash != null) {
            this.calendarTokenHash = null;
            this.calendarRevokedAt = at;
        }
    }
}
