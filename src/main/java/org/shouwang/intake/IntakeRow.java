package org.shouwang.intake;

import java.util.List;

/**
 * One row of the preview: who it is, what happens to them, and what is wrong with the row.
 *
 * @param changes for an update, each field that changes (before, after)
 */
public record IntakeRow(int row, String name, String phone, Status status, List<Change> changes,
                        List<IntakeProblem> problems) {

    public enum Status { NEW, UPDATE, UNCHANGED, INVALID }

    /** A field of an existing volunteer that the row changes, as the sheet writes it. */
    public record Change(SheetColumn column, String before, String after) {
    }
}
