package org.shouwang.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.shouwang.base.AbstractEntity;
import org.shouwang.community.Community;

import java.time.LocalDateTime;

/**
 * A community's roster: one continuous timeline of seats (there is one per community). The planner
 * opens a window onto it ({@link RosterWindow}); draft and published are two states of each seat.
 */
@Entity
@Table(name = "roster")
public class Roster extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, unique = true)
    private Community community;

    /** When any window of the timeline was last published; {@code null} before the first publish. */
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    protected Roster() {
    }

    public Roster(Community community) {
        this.community = community;
    }

    public Community getCommunity() {
        return community;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }
}
