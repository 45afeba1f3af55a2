package org.shouwang.duty.ui;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.shouwang.volunteer.Absence;

import java.time.LocalDate;

/** What the leave form edits: a date range and a reason. The service checks the range itself. */
public class LeaveRequest {

    @NotNull
    private LocalDate first;

    @NotNull
    private LocalDate last;

    @NotNull
    private Absence.Reason reason = Absence.Reason.LEAVE;

    @Size(max = Absence.NOTE_MAX)
    private String note;

    public LocalDate getFirst() {
        return first;
    }

    public void setFirst(LocalDate first) {
        this.first = first;
    }

    public LocalDate getLast() {
        return last;
    }

    public void setLast(LocalDate last) {
        this.last = last;
    }

    public Absence.Reason getReason() {
        return reason;
    }

    public void setReason(Absence.Reason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
