package org.shouwang.demand;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.shouwang.base.AbstractEntity;
import org.shouwang.base.DaysOfWeekConverter;
import org.shouwang.community.Post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recurring staffing need of a post: on the given weekdays, from..to (overnight when
 * {@code endsAt <= startsAt}), {@code headcount} people, some seats needing a skill.
 * Optionally limited to a date range.
 */
@Entity
@Table(name = "demand")
public class Demand extends AbstractEntity {

    // The limits, declared once: the annotations, the forms and the import check read them.
    public static final int HEADCOUNT_MIN = 1;
    public static final int HEADCOUNT_MAX = 50;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private Post post;

    @NotEmpty
    @Convert(converter = DaysOfWeekConverter.class)
    @Column(name = "days", nullable = false, length = 30)
    private Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Min(HEADCOUNT_MIN)
    @Max(HEADCOUNT_MAX)
    @Column(nullable = false)
    private int headcount = 2;

    /** Seats needing a skill, in seat order (the skilled seats are seats 0, 1, …). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "demand_skill", joinColumns = @JoinColumn(name = "demand_id"))
    @OrderColumn(name = "position")
    private List<SkillCount> skills = new ArrayList<>();

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Demand() {
    }

    public Demand(Post post, Set<DayOfWeek> days, LocalTime startsAt, LocalTime endsAt, int headcount) {
        this.post = post;
        this.days = EnumSet.copyOf(days);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.headcount = headcount;
    }

    public Post getPost() {
        return post;
    }

    public void setPost(Post post) {
        this.post = post;
    }

    public Set<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(Set<DayOfWeek> days) {
        this.days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
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
        this.skills = new ArrayList<>(skills);
    }

    /** The skill counts as the plan format's ordered map. */
    public Map<String, Integer> getSkillMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        skills.forEach(s -> map.merge(s.getSkill(), s.getCount(), Integer::sum));
        return map;
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
