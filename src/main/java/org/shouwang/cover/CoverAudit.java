package org.shouwang.cover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.shouwang.base.AbstractEntity;

import java.time.LocalDateTime;

/**
 * One step of call for cover on a seat: who did what, when. Written once, read per seat by the secretary.
 * Names are copies so the entry still reads right after the people change.
 */
@Entity
@Table(name = "cover_audit")
public class CoverAudit extends AbstractEntity {

    public enum Action { OFFERED, TAKEN, WITHDRAWN, GIVE_BACK_OFFERED, GIVE_BACK_REQUESTED, GIVE_BACK_CONFIRMED,
        GIVE_BACK_DECLINED }

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    /** Who did it: a volunteer's name, or the account's username for staff without a volunteer record. */
    @Column(nullable = false, length = 100)
    private String actor;

    /** Whom it concerns, when not the actor (the volunteer who gives a seat back, or held it). */
    @Column(length = 50)
    private String subject;

    /** The reason given, if any. */
    @Column(length = 200)
    private String detail;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime happenedAt;

    protected CoverAudit() {
    }

    CoverAudit(long communityId, long assignmentId, Action action, String actor, String subject, String detail,
               LocalDateTime happenedAt) {
        this.communityId = communityId;
        this.assignmentId = assignmentId;
        this.action = action;
        this.actor = actor;
        this.subject = subject;
        this.detail = detail;
        this.happenedAt = happenedAt;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public Action getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDateTime getHappenedAt() {
        return happenedAt;
    }
}
