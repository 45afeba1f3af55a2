package org.shouwang.exchange;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.plan.PlanDocument;
import org.shouwang.roster.PlanSnapshotService;
import org.shouwang.roster.RosterService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/** Exports a community as a {@code shouwang-plan/1} document: a whole-community backup and a solver input. */
@Service
@Transactional(readOnly = true)
public class PlanExportService {

    private final PlanSnapshotService snapshots;
    private final RosterService rosters;
    private final CurrentUser currentUser;

    public PlanExportService(PlanSnapshotService snapshots, RosterService rosters, CurrentUser currentUser) {
        this.snapshots = snapshots;
        this.rosters = rosters;
        this.currentUser = currentUser;
    }

    /** The community over {@code from..to}, with the assignments of its timeline whose shifts start then. */
    public PlanDocument export(long communityId, LocalDate from, LocalDate to) {
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        return snapshots.snapshot(communityId, from, to, rosters.timelineOf(communityId).orElse(null));
    }

    /** The dates an export should cover by default: the first and last planned date of the timeline, if any. */
    public Optional<PlanDocument.DateRange> plannedDates(long communityId) {
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        return rosters.plannedDates(communityId);
    }
}
