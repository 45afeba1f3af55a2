package org.shouwang.volunteer;

import org.shouwang.base.Codes;
import org.shouwang.base.PlainText;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shouwang.base.AbstractEntity;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.plan.VolunteerRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Anyone who can be rostered: staff, committee members, party members, grid workers, property staff
 * and resident volunteers. No available window means "any time".
 */
@Entity
@Table(name = "volunteer")
public class Volunteer extends AbstractEntity {

    // The limits, declared once: the annotations, the forms and the import check read them.
    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 50;
    public static final int PHONE_MAX = 20;
    /** Digits, spaces and dashes, with an optional leading plus; the field may stay empty. */
    public static final String PHONE_PATTERN = "\\+?[0-9 -]*";
    public static final int MAX_HOURS_PER_WEEK_MAX = 168;
    /** A skill's name, here and in a demand's skill counts. */
    public static final int SKILL_MAX = 30;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private Community community;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
    @Column(nullable = false)
    private String code;

    @NotBlank
    @PlainText
    @Size(max = NAME_MAX)
    @Column(nullable = false)
    private String name;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN, message = "{validation.phone}")
    private String phone;

    /** The phone as one spelling ({@link Phones#key}), unique in the community; set with the phone. */
    @Column(name = "phone_key", length = 20)
    private String phoneKey;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VolunteerRole role = VolunteerRole.VOLUNTEER;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_id")
    private Compound home;

    @Column(name = "only_home", nullable = false)
    private boolean onlyHome;

    @Min(0)
    @Max(MAX_HOURS_PER_WEEK_MAX)
    @Column(name = "max_hours_per_week", nullable = false)
    private double maxHoursPerWeek = 24;

    /** The office's own remark, e.g. from the 备注 column of an imported sheet. */
    @Size(max = 500)
    @Column(length = 500)
    private String note;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "skill", nullable = false, length = SKILL_MAX)
    private Set<String> skills = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "volunteer_available", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    private List<AvailabilityWindow> available = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "volunteer_preferred", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    private List<AvailabilityWindow> preferred = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "volunteer_absence", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    private List<Absence> absences = new ArrayList<>();

    protected Volunteer() {
    }

    public Volunteer(Community community, String code, String name, VolunteerRole role) {
        this.community = community;
        this.code = code;
        this.name = name;
        this.role = role;
    }

    public Community getCommunity() {
        return community;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
        this.phoneKey = Phones.key(phone);
    }

    public VolunteerRole getRole() {
        return role;
    }

    public void setRole(VolunteerRole role) {
        this.role = role;
    }

    public Compound getHome() {
        return home;
    }

    public void setHome(Compound home) {
        this.home = home;
    }

    public boolean isOnlyHome() {
        return onlyHome;
    }

    public void setOnlyHome(boolean onlyHome) {
        this.onlyHome = onlyHome;
    }

    public double getMaxHoursPerWeek() {
        return maxHoursPerWeek;
    }

    public void setMaxHoursPerWeek(double maxHoursPerWeek) {
        this.maxHoursPerWeek = maxHoursPerWeek;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public void setSkills(Set<String> skills) {
        this.skills = new TreeSet<>(skills);
    }

    public List<AvailabilityWindow> getAvailable() {
        return available;
    }

    public void setAvailable(List<AvailabilityWindow> available) {
        this.available = new ArrayList<>(available);
    }

    public List<AvailabilityWindow> getPreferred() {
        return preferred;
    }

    public void setPreferred(List<AvailabilityWindow> preferred) {
        this.preferred = new ArrayList<>(preferred);
    }

    public List<Absence> getAbsences() {
        return absences;
    }

    public void setAbsences(List<Absence> absences) {
        this.absences = new ArrayList<>(absences);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
