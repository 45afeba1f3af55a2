package org.shouwang.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDateTime;
import java.util.Objects;

/** A time a volunteer cannot serve: leave, sickness or quarantine. Shifts overlapping it are not theirs. */
@Embeddable
public class Absence {

    public enum Reason { LEAVE, SICK, QUARANTINE, OTHER }

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private Reason reason = Reason.LEAVE;

    /** A note's length, as the leave and absence forms allow it. */
    public static final int NOTE_MAX = 200;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected Absence() {
    }

    public Absence(LocalDateTime startsAt, LocalDateTime endsAt, Reason reason, String note) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.note = note;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public Reason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Absence a && startsAt.equals(a.startsAt) && endsAt.equals(a.endsAt)
                && reason == a.reason && Objects.equals(note, a.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt, reason, note);
    }
}
