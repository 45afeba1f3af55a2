package org.shouwang.community;

import org.shouwang.base.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shouwang.base.AbstractEntity;

/**
 * A community (社区): one tenant, with the hard planning rules that hold for all its rosters and the
 * weights of its soft rules (how much the secretary cares about each preference).
 */
@Entity
@Table(name = "community")
public class Community extends AbstractEntity {

    // The limits, declared once: the annotations, the forms and the import check read them.
    public static final int NAME_MAX = 100;
    public static final int MIN_REST_HOURS_MAX = 48;
    public static final int MAX_HOURS_PER_DAY_MIN = 1;
    public static final int MAX_HOURS_PER_DAY_MAX = 24;
    public static final int MAX_CONSECUTIVE_DAYS_MIN = 1;
    public static final int MAX_CONSECUTIVE_DAYS_MAX = 31;
    /**
     * The largest weight of a soft rule: a hundred times the usual ones is room enough to make one rule
     * outweigh the others, and the soft score (an int summed over thousands of seats) stays far from
     * overflowing.
     */
    public static final int WEIGHT_MAX = 1000;
    /** The longest notice (hours before a shift) the give-back threshold may ask for: a week. */
    public static final int GIVE_BACK_HOURS_MAX = 168;

    @NotBlank
    @PlainText
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true)
    private String name;

    @Min(0)
    @Max(MIN_REST_HOURS_MAX)
    @Column(name = "min_rest_hours", nullable = false)
    private double minRestHours = 10;

    @Min(MAX_HOURS_PER_DAY_MIN)
    @Max(MAX_HOURS_PER_DAY_MAX)
    @Column(name = "max_hours_per_day", nullable = false)
    private double maxHoursPerDay = 8;

    @Min(MAX_CONSECUTIVE_DAYS_MIN)
    @Max(MAX_CONSECUTIVE_DAYS_MAX)
    @Column(name = "max_consecutive_days", nullable = false)
    private int maxConsecutiveDays = 6;

    @Min(0)
    @Max(WEIGHT_MAX)
    @Column(name = "weight_home", nullable = false)
    private int weightHome = SoftWeights.DEFAULT.home();

    @Min(0)
    @Max(WEIGHT_MAX)
    @Column(name = "weight_preferred", nullable = false)
    private int weightPreferred = SoftWeights.DEFAULT.preferred();

    @Min(0)
    @Max(WEIGHT_MAX)
    @Column(name = "weight_fairness", nullable = false)
    private int weightFairness = SoftWeights.DEFAULT.fairness();

    @Min(0)
    @Max(WEIGHT_MAX)
    @Column(name = "weight_continuity", nullable = false)
    private int weightContinuity = SoftWeights.DEFAULT.continuity();

    @Min(0)
    @Max(WEIGHT_MAX)
    @Column(name = "weight_stability", nullable = false)
    private int weightStability = SoftWeights.DEFAULT.stability();

    @Min(0)
    @Max(WEIGHT_MAX)
    @Column(name = "weight_teams", nullable = false)
    private int weightTeams = SoftWeights.DEFAULT.teams();

    /** Call for cover: offer the seats emptied by leave or sickness at once. */
    @Column(name = "cover_auto_offer", nullable = false)
    private boolean coverAutoOffer;

    /** Call for cover: a duty given back more than this many hours ahead is offered without the secretary. */
    @Min(0)
    @Max(GIVE_BACK_HOURS_MAX)
    @Column(name = "cover_give_back_hours", nullable = false)
    private int coverGiveBackHours = 12;

    protected Community() {
    }

    public Community(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public double getMinRestHours() {
        return minRestHours;
    }

    public void setMinRestHours(double minRestHours) {
        this.minRestHours = minRestHours;
    }

    public double getMaxHoursPerDay() {
        return maxHoursPerDay;
    }

    public void setMaxHoursPerDay(double maxHoursPerDay) {
        this.maxHoursPerDay = maxHoursPerDay;
    }

    public int getMaxConsecutiveDays() {
        return maxConsecutiveDays;
    }

    public void setMaxConsecutiveDays(int maxConsecutiveDays) {
        this.maxConsecutiveDays = maxConsecutiveDays;
    }

    public SoftWeights getWeights() {
        return new SoftWeights(weightHome, weightPreferred, weightFairness, weightContinuity, weightStability,
                weightTeams);
    }

    public void setWeights(SoftWeights weights) {
        this.weightHome = weights.home();
        this.weightPreferred = weights.preferred();
        this.weightFairness = weights.fairness();
        this.weightContinuity = weights.continuity();
        this.weightStability = weights.stability();
        this.weightTeams = weights.teams();
    }

    public boolean isCoverAutoOffer() {
        return coverAutoOffer;
    }

    public void setCoverAutoOffer(boolean coverAutoOffer) {
        this.coverAutoOffer = coverAutoOffer;
    }

    public int getCoverGiveBackHours() {
        return coverGiveBackHours;
    }

    public void setCoverGiveBackHours(int coverGiveBackHours) {
        this.coverGiveBackHours = coverGiveBackHours;
    }
}
