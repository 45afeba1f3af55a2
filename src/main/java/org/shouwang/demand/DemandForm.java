package org.shouwang.demand;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A detached, editable copy of one demand for the form, with the version the user saw. */
public class DemandForm {

    private Long id;
    private int version;

    @NotNull
    private Long postId;

    @NotEmpty
    private Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);

    @NotNull
    private LocalTime startsAt;

    @NotNull
    private LocalTime endsAt;

    @Min(Demand.HEADCOUNT_MIN)
    @Max(Demand.HEADCOUNT_MAX)
    private int headcount = 2;

    private List<SkillCount> skills = new ArrayList<>();

    private LocalDate validFrom;
    private LocalDate validTo;

    public DemandForm() {
    }

    /** A new demand of the post: every day 07:00–11:00, two people. */
    public DemandForm(long postId) {
        this.postId = postId;
        this.startsAt = LocalTime.of(7, 0);
        this.endsAt = LocalTime.of(11, 0);
    }

    static DemandForm of(Demand demand) {
        DemandForm form = new DemandForm();
        form.id = demand.getId();
        form.version = demand.getVersion();
        form.postId = demand.getPost().getId();
        form.days = demand.getDays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(demand.getDays());
        form.startsAt = demand.getStartsAt();
        form.endsAt = demand.getEndsAt();
        form.headcount = demand.getHeadcount();
        form.skills = new ArrayList<>(demand.getSkills());
        form.validFrom = demand.getValidFrom();
        form.validTo = demand.getValidTo();
        return form;
    }

    /**
     * The rules that span several fields, as translation keys (empty when none is broken): the shift
     * has a length, skilled seats fit in the headcount, and the validity does not end before it starts.
     */
    public List<String> crossFieldProblems() {
        List<String> problems = new ArrayList<>();
        if (startsAt != null && startsAt.equals(endsAt)) {
            problems.add("demand.error.from-equals-to");
        }
        if (skilledSeats() > headcount) {
            problems.add("demand.error.skills-exceed-headcount");
        }
        if (skills.stream().anyMatch(s -> s.getSkill() == null || s.getSkill().isBlank() || s.getCount() < 1)) {
            problems.add("demand.error.skill-count");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add("demand.error.valid-order");
        }
        return problems;
    }

    /** Seats that need some skill. */
    public int skilledSeats() {
        return skills.stream().mapToInt(SkillCount::getCount).sum();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }

    public Set<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(Set<DayOfWeek> days) {
        this.days = days == null || days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public int getHeadcount() {
        return headcount;
    }

    public void setHeadcount(int headcount) {
        this.headcount = headcount;
    }

    public List<SkillCount> getSkills() {
        return skills;
    }

    public void setSkills(List<SkillCount> skills) {
        this.skills = skills == null ? new ArrayList<>() : new ArrayList<>(skills);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
