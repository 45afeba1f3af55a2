package org.shouwang.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.shouwang.base.AbstractEntity;
import org.shouwang.community.Post;
import org.shouwang.volunteer.Volunteer;

import java.time.LocalDateTime;

/**
 * One seat of one shift on a community's timeline and who sits in it ({@code null}: empty): a seat
 * exists once per post, start and seat number. A pinned seat is never changed by the solver.
 * {@code publishedVolunteer} remembers who held the seat when it was last published, so changes after
 * publishing can be shown: draft and published are two states of the seat.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roster_id", nullable = false)
    private Roster roster;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private Post post;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "seat", nullable = false)
    private int seat;

    /** The skill this seat needs, or {@code null}. */
    @Column(name = "skill", length = 30)
    private String skill;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id")
    private Volunteer volunteer;

    @Column(nullable = false)
    private boolean pinned;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_volunteer_id")
    private Volunteer publishedVolunteer;

    /** A published seat the secretary has released: solving again may move it (publishing clears this). */
    @Column(nullable = false)
    private boolean released;

    /** When the seat was last published; {@code null}: never (nobody was told about it yet). */
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    protected Assignment() {
    }

    public Assignment(Roster roster, Post post, LocalDateTime startsAt, LocalDateTime endsAt, int seat, String skill) {
        this.roster = roster;
        this.post = post;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.seat = seat;
        this.skill = skill;
    }

    public Roster getRoster() {
        return roster;
    }

    public Post getPost() {
        return post;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public int getSeat() {
        return seat;
    }

    public String getSkill() {
        return skill;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(Volunteer volunteer) {
        this.volunteer = volunteer;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Volunteer getPublishedVolunteer() {
        return publishedVolunteer;
    }

    public void setPublishedVolunteer(Volunteer publishedVolunteer) {
        this.publishedVolunteer = publishedVolunteer;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public boolean isReleased() {
        return released;
    }

    public void setReleased(boolean released) {
        this.released = released;
    }
}
