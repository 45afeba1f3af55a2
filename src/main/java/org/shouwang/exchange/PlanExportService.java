package org.shouwang.exchange;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.plan.PlanDocument;
import org.shouwang.roster.PlanSnapshotService;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
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

    /**
     * The community over {@code from..to}, with the assignments of the roster that covers that span
     * (the one with exactly these dates, else the latest that covers them), if there is one.
     */
    public PlanDocument export(long communityId, LocalDate from, LocalDate to) {
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        Long rosterId = coveringRoster(communityId, from, to).map(Roster::getId).orElse(null);
        return snapshots.snapshot(communityId, from, to, rosterId);
    }

    /** The dates an export should cover by default: those of the latest roster, if any. */
    public Optional<Roster> latestRoster(long communityId) {
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        return rosters.rostersOf(communityId).stream().findFirst();
    }

    private Optional<Roster> coveringRoster(long communityId, LocalDate from, LocalDate to) {
        return rosters.rostersOf(communityId).stream()
                .filter(r -> !r.getFirstDate().isAfter(from) && !r.getLastDate().isBefore(to))
                .max(Comparator.comparing((Roster r) -> r.getFirstDate().equals(from) && r.getLastDate().equals(to))
                        .thenComparing(Roster::getFirstDate).thenComparing(Roster::getId));
    }
}
