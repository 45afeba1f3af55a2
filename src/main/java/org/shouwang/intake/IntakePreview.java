package org.shouwang.intake;

import java.util.List;

/**
 * What an uploaded sheet would do, row by row. Nothing is stored until it is confirmed with
 * {@link IntakeService#confirm}; the preview carries what the confirmation needs to notice that the
 * volunteers changed meanwhile.
 */
public final class IntakePreview {

    private final long communityId;
    private final List<IntakeRow> rows;
    private final List<SheetValues> values;

    IntakePreview(long communityId, List<IntakeRow> rows, List<SheetValues> values) {
        this.communityId = communityId;
        this.rows = List.copyOf(rows);
        this.values = values;
    }

    public long communityId() {
        return communityId;
    }

    public List<IntakeRow> rows() {
        return rows;
    }

    public List<IntakeProblem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }

    public long count(IntakeRow.Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** A sheet with a problem in any row imports nothing; one without changes has nothing to import. */
    public boolean importable() {
        return count(IntakeRow.Status.INVALID) == 0
                && count(IntakeRow.Status.NEW) + count(IntakeRow.Status.UPDATE) > 0;
    }

    List<SheetValues> values() {
        return values;
    }
}
