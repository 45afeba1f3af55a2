package org.shouwang.community;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A detached, editable copy of what the secretary sets for the whole community, for the settings page:
 * the weights of the soft rules, and how call for cover treats seats emptied by leave and duties given
 * back. It carries the version of the community the user saw, so a save over someone else's newer change
 * is refused. Further settings of the community join here as properties, each with its section on the
 * page.
 */
public class CommunitySettings {

    private int version;

    @NotNull
    @Min(0)
    @Max(Community.WEIGHT_MAX)
    private Integer home;

    @NotNull
    @Min(0)
    @Max(Community.WEIGHT_MAX)
    private Integer preferred;

    @NotNull
    @Min(0)
    @Max(Community.WEIGHT_MAX)
    private Integer fairness;

    @NotNull
    @Min(0)
    @Max(Community.WEIGHT_MAX)
    private Integer continuity;

    @NotNull
    @Min(0)
    @Max(Community.WEIGHT_MAX)
    private Integer stability;

    @NotNull
    @Min(0)
    @Max(Community.WEIGHT_MAX)
    private Integer teams;

    /** Call for cover: offer the seats emptied by leave or sickness at once. */
    private boolean coverAutoOffer;

    /** Call for cover: a duty given back more than this many hours ahead is offered without the secretary. */
    @NotNull
    @Min(0)
    @Max(Community.GIVE_BACK_HOURS_MAX)
    private Integer coverGiveBackHours;

    static CommunitySettings of(Community community) {
        CommunitySettings settings = new CommunitySettings();
        settings.version = community.getVersion();
        settings.setWeights(community.getWeights());
        settings.coverAutoOffer = community.isCoverAutoOffer();
        settings.coverGiveBackHours = community.getCoverGiveBackHours();
        return settings;
    }

    public int getVersion() {
        return version;
    }

    /** The soft rules' weights; call only on valid settings (every weight filled in). */
    public SoftWeights getWeights() {
        return new SoftWeights(home, preferred, fairness, continuity, stability, teams);
    }

    public void setWeights(SoftWeights weights) {
        home = weights.home();
        preferred = weights.preferred();
        fairness = weights.fairness();
        continuity = weights.continuity();
        stability = weights.stability();
        teams = weights.teams();
    }

    public Integer getHome() {
        return home;
    }

    public void setHome(Integer home) {
        this.home = home;
    }

    public Integer getPreferred() {
        return preferred;
    }

    public void setPreferred(Integer preferred) {
        this.preferred = preferred;
    }

    public Integer getFairness() {
        return fairness;
    }

    public void setFairness(Integer fairness) {
        this.fairness = fairness;
    }

    public Integer getContinuity() {
        return continuity;
    }

    public void setContinuity(Integer continuity) {
        this.continuity = continuity;
    }

    public Integer getStability() {
        return stability;
    }

    public void setStability(Integer stability) {
        this.stability = stability;
    }

    public Integer getTeams() {
        return teams;
    }

    public void setTeams(Integer teams) {
        this.teams = teams;
    }

    public boolean isCoverAutoOffer() {
        return coverAutoOffer;
    }

    public void setCoverAutoOffer(boolean coverAutoOffer) {
        this.coverAutoOffer = coverAutoOffer;
    }

    public Integer getCoverGiveBackHours() {
        return coverGiveBackHours;
    }

    public void setCoverGiveBackHours(Integer coverGiveBackHours) {
        this.coverGiveBackHours = coverGiveBackHours;
    }
}
