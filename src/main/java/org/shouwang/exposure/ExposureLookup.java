package org.shouwang.exposure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.shouwang.base.AbstractEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One entry of the audit log of exposure lookups: who looked up whom, for which days, and when. */
@Entity
@Table(name = "exposure_lookup")
public class ExposureLookup extends AbstractEntity {

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "looked_up_by", nullable = false, length = 100)
    private String lookedUpBy;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @Column(name = "volunteer_name", nullable = false, length = 50)
    private String volunteerName;

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    private LocalDate lastDate;

    @Column(nullable = false)
    private boolean neighbours;

    @Column(name = "second_degree", nullable = false)
    private boolean secondDegree;

    @Column(nullable = false)
    private int contacts;

    @Column(name = "looked_up_at", nullable = false)
    private LocalDateTime lookedUpAt;

    protected ExposureLookup() {
    }

    ExposureLookup(long communityId, String lookedUpBy, long volunteerId, String volunteerName, ExposureQuery query,
                   int contacts, LocalDateTime lookedUpAt) {
        this.communityId = communityId;
        this.lookedUpBy = lookedUpBy;
        this.volunteerId = volunteerId;
        this.volunteerName = volunteerName;
        this.firstDate = query.from();
        this.lastDate = query.to();
        this.neighbours = query.neighbours();
        this.secondDegree = query.secondDegree();
        this.contacts = contacts;
        this.lookedUpAt = lookedUpAt;
    }

    public long getCommunityId() {
        return communityId;
    }

    public String getLookedUpBy() {
        return lookedUpBy;
    }

    public long getVolunteerId() {
        return volunteerId;
    }

    public String getVolunteerName() {
        return volunteerName;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public boolean isNeighbours() {
        return neighbours;
    }

    public boolean isSecondDegree() {
        return secondDegree;
    }

    public int getContacts() {
        return contacts;
    }

    public LocalDateTime getLookedUpAt() {
        return lookedUpAt;
    }
}
