package org.shouwang.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.shouwang.base.AbstractEntity;
import org.shouwang.community.Community;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The assignments of volunteers to seats over a horizon; a draft until the secretary publishes it. */
@Entity
@Table(name = "roster")
public class Roster extends AbstractEntity {

    public enum Status { DRAFT, PUBLISHED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private Community community;

    @NotNull
    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @NotNull
    @Column(name = "last_date", nullable = false)
    private LocalDate lastDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    protected Roster() {
    }

    public Roster(Community community, LocalDate firstDate, LocalDate lastDate) {
        this.community = community;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
    }

    public Community getCommunity() {
        return community;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public void setLastDate(LocalDate lastDate) {
        this.lastDate = lastDate;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }
}
