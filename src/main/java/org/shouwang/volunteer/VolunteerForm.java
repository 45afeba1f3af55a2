package org.shouwang.volunteer;

import org.shouwang.base.Codes;
import org.shouwang.base.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shouwang.plan.VolunteerRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A detached, editable copy of a volunteer for the form, with the version the user saw. The windows
 * and absences are immutable values: editors replace the lists, never change an element.
 */
public class VolunteerForm {

    private Long id;
    private int version;

    @NotBlank
    @Size(max = Volunteer.CODE_MAX)
    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
    private String code;

    @NotBlank
    @PlainText
    @Size(max = Volunteer.NAME_MAX)
    private String name;

    @Size(max = Volunteer.PHONE_MAX)
    @Pattern(regexp = Volunteer.PHONE_PATTERN, message = "{validation.phone}")
    private String phone;

    @NotNull
    private VolunteerRole role = VolunteerRole.VOLUNTEER;

    private Long homeId;

    private boolean onlyHome;

    @Min(0)
    @Max(Volunteer.MAX_HOURS_PER_WEEK_MAX)
    private double maxHoursPerWeek = 24;

    private Set<String> skills = new TreeSet<>();
    private List<AvailabilityWindow> available = new ArrayList<>();
    private List<AvailabilityWindow> preferred = new ArrayList<>();
    private List<Absence> absences = new ArrayList<>();

    public VolunteerForm() {
    }

    static VolunteerForm of(Volunteer volunteer) {
        VolunteerForm form = new VolunteerForm();
        form.id = volunteer.getId();
        form.version = volunteer.getVersion();
        form.code = volunteer.getCode();
        form.name = volunteer.getName();
        form.phone = volunteer.getPhone();
        form.role = volunteer.getRole();
        form.homeId = volunteer.getHome() == null ? null : volunteer.getHome().getId();
        form.onlyHome = volunteer.isOnlyHome();
        form.maxHoursPerWeek = volunteer.getMaxHoursPerWeek();
        form.skills = new TreeSet<>(volunteer.getSkills());
        form.available = new ArrayList<>(volunteer.getAvailable());
        form.preferred = new ArrayList<>(volunteer.getPreferred());
        form.absences = new ArrayList<>(volunteer.getAbsences());
        return form;
    }

    /**
     * The rules that span several fields, as translation keys of what is wrong (empty when none is):
     * only-home needs a home, a window needs days and must not start when it ends, an absence ends
     * after it starts.
     */
    public List<String> crossFieldProblems() {
        List<String> problems = new ArrayList<>();
        if (onlyHome && homeId == null) {
            problems.add("volunteer.error.only-home-needs-home");
        }
        if (windowProblem(available) != null) {
            problems.add(windowProblem(available));
        }
        if (windowProblem(preferred) != null) {
            problems.add(windowProblem(preferred));
        }
        if (absenceProblem(absences) != null) {
            problems.add(absenceProblem(absences));
        }
        return problems;
    }

    /** What is wrong with a list of weekly windows, as a translation key, or {@code null}. */
    public static String windowProblem(List<AvailabilityWindow> windows) {
        for (AvailabilityWindow window : windows) {
            if (window.getStartsAt() == null || window.getEndsAt() == null) {
                return "volunteer.error.window-times";
            }
            if (window.getDays().isEmpty()) {
                return "volunteer.error.window-days";
            }
            if (window.getStartsAt().equals(window.getEndsAt())) {
                return "volunteer.error.window-from-equals-to";
            }
        }
        return null;
    }

    /** What is wrong with a list of absences, as a translation key, or {@code null}. */
    public static String absenceProblem(List<Absence> absences) {
        for (Absence absence : absences) {
            if (absence.getStartsAt() == null || absence.getEndsAt() == null) {
                return "volunteer.error.absence-times";
            }
            if (!absence.getEndsAt().isAfter(absence.getStartsAt())) {
                return "volunteer.error.absence-order";
            }
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
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
    }

    public VolunteerRole getRole() {
        return role;
    }

    public void setRole(VolunteerRole role) {
        this.role = role;
    }

    public Long getHomeId() {
        return homeId;
    }

    public void setHomeId(Long homeId) {
        this.homeId = homeId;
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
        this.skills = skills == null ? new TreeSet<>() : new TreeSet<>(skills);
    }

    public List<AvailabilityWindow> getAvailable() {
        return available;
    }

    public void setAvailable(List<AvailabilityWindow> available) {
        this.available = available == null ? new ArrayList<>() : new ArrayList<>(available);
    }

    public List<AvailabilityWindow> getPreferred() {
        return preferred;
    }

    public void setPreferred(List<AvailabilityWindow> preferred) {
        this.preferred = preferred == null ? new ArrayList<>() : new ArrayList<>(preferred);
    }

    public List<Absence> getAbsences() {
        return absences;
    }

    public void setAbsences(List<Absence> absences) {
        this.absences = absences == null ? new ArrayList<>() : new ArrayList<>(absences);
    }
}
