package org.shouwang.cover;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.shouwang.base.AbstractEntity;
import org.shouwang.roster.Assignment;
import org.shouwang.volunteer.Volunteer;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One published seat offered to the volunteers who may take it. It is live while {@link State#REQUESTED}
 * (a duty given back close to its shift, waiting for the secretary) or {@link State#OPEN}; it ends when
 * someone takes it, when it is withdrawn or declined, or when the shift starts (read as ended from then on,
 * see {@link #isLive(LocalDateTime)}).
 */
@Entity
@Table(name = "cover_offer")
public class CoverOffer extends AbstractEntity {

    public enum State { REQUESTED, OPEN, TAKEN, WITHDRAWN, DECLINED, ENDED }

    /** Who asked for cover: the secretary or a committee member, leave reported, or the holder giving it back. */
    public enum Origin { CALLED, LEAVE, GIVE_BACK }

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment seat;

    /** The seat's id while the offer is live, else null: the unique key allows one live offer per seat. */
    @Column(name = "live_assignment_id")
    private Long liveAssignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Origin origin;

    /** Who held the seat when it was offered (giving back, or absent), or null for an empty seat. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "giver_id")
    private Volunteer giver;

    @Column(length = 200)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "taker_id")
    private Volunteer taker;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    /** The volunteers the seat was offered to, best fit first. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cover_offer_recipient", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderColumn(name = "position")
    @Column(name = "volunteer_id", nullable = false)
    private List<Long> recipientIds = new ArrayList<>();

    protected CoverOffer() {
    }

    CoverOffer(Assignment seat, long communityId, State state, Origin origin, Volunteer giver, String reason,
               String createdBy, LocalDateTime createdAt) {
        this.seat = seat;
        this.communityId = communityId;
        this.liveAssignmentId = seat.getId();
        this.state = state;
        this.origin = origin;
        this.giver = giver;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Requested or open, and the shift has not started. */
    public boolean isLive(LocalDateTime now) {
        return (state == State.REQUESTED || state == State.OPEN) && seat.getStartsAt().isAfter(now);
    }

    /** The state as of {@code now}: a live offer whose shift has started has ended. */
    public State stateAt(LocalDateTime now) {
        return (state == State.REQUESTED || state == State.OPEN) && !seat.getStartsAt().isAfter(now) ? State.ENDED : state;
    }

    void open(List<Long> recipients) {
        state = State.OPEN;
        recipientIds.clear();
        recipientIds.addAll(recipients);
    }

    void close(State end, Volunteer takenBy, String by, LocalDateTime at) {
        state = end;
        taker = takenBy;
        closedBy = by;
        closedAt = at;
        liveAssignmentId = null;
    }

    public long getCommunityId() {
        return communityId;
    }

    public Assignment getSeat() {
        return seat;
    }

    public State getState() {
        return state;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Volunteer getGiver() {
        return giver;
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Volunteer getTaker() {
        return taker;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public List<Long> getRecipientIds() {
        return List.copyOf(recipientIds);
    }
}
