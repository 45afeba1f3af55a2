package org.shouwang.intake;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.PlainText;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.base.UploadLimit;
import org.shouwang.community.CommunityService;
import org.shouwang.community.Compound;
import org.shouwang.community.CompoundRepository;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.AvailabilityWindow;
import org.shouwang.volunteer.Volunteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Volunteers from and to Excel: the template, the preview of an upload (every problem with its row and
 * column), the all-or-nothing import of a previewed sheet, and the export in the same format. A
 * volunteer is known by their phone number, which is unique within a community: a row with a known
 * phone updates that volunteer.
 */
@Service
@Transactional
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
    private static final String[] EDITORS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN};
    /** A mainland mobile, a landline with its area code, or an international number. */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}|\\+\\d{8,15}");
    private static final Pattern GENERATED_CODE = Pattern.compile("V(\\d{1,9})");
    private static final int FLUSH_EVERY = 500;
    private static final int PROGRESS_EVERY = 500;

    private final IntakeRepository intake;
    private final CompoundRepository compounds;
    private final CommunityService communityService;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final EntityManager entityManager;
    private final NewVolunteers newVolunteers;
    private final long maxBytes;
    private final String shownLimit;

    public IntakeService(IntakeRepository intake, CompoundRepository compounds,
                         CommunityService communityService, CurrentUser currentUser, Translations translations,
                         EntityManager entityManager, UploadLimit uploadLimit, NewVolunteers newVolunteers) {
        this.intake = intake;
        this.compounds = compounds;
        this.communityService = communityService;
        this.currentUser = currentUser;
        this.translations = translations;
        this.entityManager = entityManager;
        this.newVolunteers = newVolunteers;
        this.maxBytes = uploadLimit.bytes();
        this.shownLimit = uploadLimit.shown();
    }

    /** The largest file an upload may be, in bytes (the upload component refuses larger ones too). */
    public long maxBytes() {
        return maxBytes;
    }

    /** The empty workbook with headers in the language, an example row and the community's lists. */
    @Transactional(readOnly = true)
    public byte[] template(long communityId, Locale locale) {
        currentUser.requireCommunity(communityId, EDITORS);
        return VolunteerWorkbook.write(new SheetTexts(translations, locale), compoundNames(communityId),
                intake.findKnownSkills(communityId).stream().sorted().toList(), null);
    }

    /** Every volunteer of the community, in the template's format: export, edit in Excel, import. */
    @Transactional(readOnly = true)
    public byte[] export(long communityId, Locale locale) {
        currentUser.requireCommunity(communityId, EDITORS);
        Map<Long, VolunteerData> stored = storedData(communityId, intake.findVolunteers(communityId));
        return VolunteerWorkbook.write(new SheetTexts(translations, locale), compoundNames(communityId),
                intake.findKnownSkills(communityId).stream().sorted().toList(), List.copyOf(stored.values()));
    }

    /**
     * Reads an uploaded sheet and says what importing it would do, row by row; stores nothing.
     *
     * @param progress told how many rows were read or checked so far, now and then
     * @throws SheetRefusedException when the file is not a readable volunteers' sheet
     */
    @Transactional(readOnly = true)
    public IntakePreview preview(long communityId, byte[] file, Locale locale, IntConsumer progress) {
        currentUser.requireCommunity(communityId, EDITORS);
        SheetReader.Sheet sheet = SheetReader.read(file, maxBytes, shownLimit, progress);
        SheetTexts texts = new SheetTexts(translations, locale);
        List<Volunteer> existing = intake.findVolunteers(communityId);
        Map<Long, VolunteerData> stored = storedData(communityId, existing);
        Map<String, List<Volunteer>> byPhone = existing.stream().filter(v -> v.getPhone() != null)
                .collect(Collectors.groupingBy(v -> normalPhone(v.getPhone())));
        Map<Long, String> compoundNames = compoundNames(communityId);
        Map<String, Long> compoundIds = compoundLookup(communityId);
        Map<String, String> skills = new HashMap<>();
        intake.findKnownSkills(communityId).forEach(s -> skills.put(s.toLowerCase(Locale.ROOT), s));
        Map<String, Integer> firstRowOfPhone = new HashMap<>();
        // A sheet repeats a few ways of writing the windows thousands of times: each is read once.
        Map<String, List<AvailabilityWindow>> windowsOfText = new HashMap<>();
        List<IntakeRow> rows = new ArrayList<>(sheet.rows().size());
        List<SheetValues> values = new ArrayList<>(sheet.rows().size());
        int done = 0;
        for (SheetReader.RawRow raw : sheet.rows()) {
            RowCheck check = new RowCheck(raw, sheet.letters());
            String name = raw.cell(SheetColumn.NAME);
            String phone = normalPhone(raw.cell(SheetColumn.PHONE));
            if (name.isEmpty()) {
                check.problem(SheetColumn.NAME, "intake.problem.missing");
            } else if (name.length() > 50) {
                check.problem(SheetColumn.NAME, "intake.problem.too-long", "50");
            } else if (!PlainText.Check.isPlain(name)) {
                // The volunteer's own rule: said here, with its place, not as a failed import.
                check.problem(SheetColumn.NAME, "intake.problem.plain-text");
            }
            Volunteer match = null;
            if (phone.isEmpty()) {
                check.problem(SheetColumn.PHONE, "intake.problem.missing");
            } else if (!PHONE.matcher(phone).matches()) {
                check.problem(SheetColumn.PHONE, "intake.problem.phone", raw.cell(SheetColumn.PHONE));
            } else if (firstRowOfPhone.containsKey(phone)) {
                check.problem(SheetColumn.PHONE, "intake.problem.phone-twice", String.valueOf(firstRowOfPhone.get(phone)));
            } else {
                firstRowOfPhone.put(phone, raw.number());
                List<Volunteer> holders = byPhone.getOrDefault(phone, List.of());
                if (holders.size() > 1) {
                    check.problem(SheetColumn.PHONE, "intake.problem.phone-ambiguous",
                            holders.stream().map(Volunteer::getName).collect(Collectors.joining("、")));
                } else if (holders.size() == 1) {
                    match = holders.get(0);
                }
            }
            VolunteerData base = match == null ? VolunteerData.defaults(name, phone) : stored.get(match.getId());
            VolunteerData data = read(raw, check, texts, base, name, phone, compoundIds, skills, windowsOfText);
            if (!check.problems.isEmpty()) {
                rows.add(new IntakeRow(raw.number(), name, raw.cell(SheetColumn.PHONE), IntakeRow.Status.INVALID,
                        List.of(), check.problems));
            } else if (match == null) {
                rows.add(new IntakeRow(raw.number(), name, phone, IntakeRow.Status.NEW, List.of(), List.of()));
                values.add(new SheetValues(raw.number(), data, null, 0, true));
            } else {
                List<IntakeRow.Change> changes = new ArrayList<>();
                for (SheetColumn column : SheetColumn.values()) {
                    String before = texts.cell(column, base, compoundNames);
                    String after = texts.cell(column, data, compoundNames);
                    if (!before.equals(after)) {
                        changes.add(new IntakeRow.Change(column, before, after));
                    }
                }
                rows.add(new IntakeRow(raw.number(), name, phone,
                        changes.isEmpty() ? IntakeRow.Status.UNCHANGED : IntakeRow.Status.UPDATE, changes, List.of()));
                values.add(new SheetValues(raw.number(), data, match.getId(), match.getVersion(), !changes.isEmpty()));
            }
            if (++done % PROGRESS_EVERY == 0) {
                progress.accept(done);
            }
        }
        return new IntakePreview(communityId, rows, values);
    }

    /**
     * Stores a previewed sheet: every new and changed volunteer, or none of them.
     *
     * @param progress told how many rows were stored so far, now and then
     * @return how many volunteers were added and how many updated
     * @throws IllegalStateException                   when the preview has problems
     * @throws ObjectOptimisticLockingFailureException when someone changed the community's volunteers
     *                                                 since the preview (the user previews again)
     */
    public Imported confirm(IntakePreview preview, IntConsumer progress) {
        long communityId = preview.communityId();
        currentUser.requireCommunity(communityId, EDITORS);
        if (!preview.problems().isEmpty()) {
            throw new IllegalStateException("A preview with problems cannot be imported");
        }
        long started = System.nanoTime();
        // Updated volunteers' skills and windows are rows of their own: sent in batches.
        entityManager.unwrap(org.hibernate.Session.class).setJdbcBatchSize(FLUSH_EVERY);
        List<Volunteer> existing = intake.findVolunteers(communityId);
        Map<Long, Volunteer> byId = existing.stream().collect(Collectors.toMap(Volunteer::getId, v -> v));
        Set<String> phones = existing.stream().filter(v -> v.getPhone() != null).map(v -> normalPhone(v.getPhone()))
                .collect(Collectors.toSet());
        Map<Long, Compound> homes = compounds.findByCommunityIdOrderByCode(communityId).stream()
                .collect(Collectors.toMap(Compound::getId, c -> c));
        int nextCode = nextCode(existing);
        var community = communityService.get(communityId);
        int updated = 0;
        int done = 0;
        List<SheetValues> fresh = new ArrayList<>();
        // Updates first, through the stored volunteers (managed); then the new ones in JDBC batches.
        for (SheetValues row : preview.values()) {
            if (row.existingId() == null) {
                if (phones.contains(row.data().phone())) {
                    // Someone added a volunteer with this phone since the preview.
                    throw new ObjectOptimisticLockingFailureException(Volunteer.class, row.data().phone());
                }
                fresh.add(row);
                continue;
            }
            if (row.changes()) {
                Volunteer volunteer = byId.get(row.existingId());
                if (volunteer == null || volunteer.getVersion() != row.existingVersion()) {
                    throw new ObjectOptimisticLockingFailureException(Volunteer.class, row.existingId());
                }
                row.data().applyTo(volunteer);
                volunteer.setHome(home(homes, row.data()));
                updated++;
            }
            done = report(++done, progress);
        }
        entityManager.flush();
        List<Volunteer> newcomers = new ArrayList<>(fresh.size());
        for (SheetValues row : fresh) {
            VolunteerData data = row.data();
            Volunteer volunteer = new Volunteer(community, code(nextCode++), data.name(), data.role());
            data.applyTo(volunteer);
            volunteer.setHome(home(homes, data));
            newcomers.add(volunteer);
        }
        int updates = done;
        newVolunteers.insert(communityId, newcomers, stored -> progress.accept(updates + stored));
        int added = newcomers.size();
        log.info("Imported {} new and {} updated volunteers into community {} in {} ms", added, updated, communityId,
                (System.nanoTime() - started) / 1_000_000);
        return new Imported(added, updated);
    }

    private static Compound home(Map<Long, Compound> homes, VolunteerData data) {
        Compound home = data.homeId() == null ? null : homes.get(data.homeId());
        if (data.homeId() != null && home == null) {
            // The compound was deleted since the preview.
            throw new ObjectOptimisticLockingFailureException(Compound.class, data.homeId());
        }
        return home;
    }

    private static int report(int done, IntConsumer progress) {
        if (done % PROGRESS_EVERY == 0) {
            progress.accept(done);
        }
        return done;
    }

    /** What an import stored. */
    public record Imported(int added, int updated) {
    }

    /** The problems of one row, with where each is. */
    private static final class RowCheck {
        private final SheetReader.RawRow raw;
        private final Map<SheetColumn, String> letters;
        private final List<IntakeProblem> problems = new ArrayList<>();

        RowCheck(SheetReader.RawRow raw, Map<SheetColumn, String> letters) {
            this.raw = raw;
            this.letters = letters;
        }

        void problem(SheetColumn column, String key, String... args) {
            problems.add(new IntakeProblem(raw.number(), letters.get(column) + raw.number(), column, key, List.of(args)));
        }
    }

    /** The row's values over {@code base}: columns the sheet lacks keep the base's value. */
    private static VolunteerData read(SheetReader.RawRow raw, RowCheck check, SheetTexts texts, VolunteerData base,
                                      String name, String phone, Map<String, Long> compoundIds,
                                      Map<String, String> knownSkills,
                                      Map<String, List<AvailabilityWindow>> windowsOfText) {
        Set<SheetColumn> given = check.letters.keySet();
        VolunteerRole role = base.role();
        if (given.contains(SheetColumn.ROLE)) {
            String text = raw.cell(SheetColumn.ROLE);
            role = text.isEmpty() ? VolunteerRole.VOLUNTEER : texts.role(text).orElse(null);
            if (role == null) {
                check.problem(SheetColumn.ROLE, "intake.problem.role", text);
            }
        }
        Long homeId = base.homeId();
        if (given.contains(SheetColumn.HOME)) {
            String text = raw.cell(SheetColumn.HOME);
            homeId = text.isEmpty() ? null : compoundIds.get(text.toLowerCase(Locale.ROOT));
            if (!text.isEmpty() && homeId == null) {
                check.problem(SheetColumn.HOME, "intake.problem.compound", text);
            }
        }
        Set<String> skills = base.skills();
        if (given.contains(SheetColumn.SKILLS)) {
            skills = new TreeSet<>();
            for (String skill : raw.cell(SheetColumn.SKILLS).split("[,，、;；\\s]+")) {
                if (skill.isEmpty()) {
                    continue;
                }
                String known = knownSkills.get(skill.toLowerCase(Locale.ROOT));
                if (known == null) {
                    check.problem(SheetColumn.SKILLS, "intake.problem.skill", skill);
                } else {
                    skills.add(known);
                }
            }
        }
        double hours = base.maxHoursPerWeek();
        if (given.contains(SheetColumn.MAX_HOURS)) {
            String text = raw.cell(SheetColumn.MAX_HOURS);
            try {
                hours = text.isEmpty() ? 24 : Double.parseDouble(text);
                if (!(hours >= 0 && hours <= 168)) {
                    check.problem(SheetColumn.MAX_HOURS, "intake.problem.hours", text);
                }
            } catch (NumberFormatException e) {
                check.problem(SheetColumn.MAX_HOURS, "intake.problem.hours", text);
            }
        }
        List<AvailabilityWindow> available = windows(raw, check, SheetColumn.AVAILABLE, base.available(), windowsOfText);
        List<AvailabilityWindow> preferred = windows(raw, check, SheetColumn.PREFERRED, base.preferred(), windowsOfText);
        boolean onlyHome = base.onlyHome();
        if (given.contains(SheetColumn.ONLY_HOME)) {
            String text = raw.cell(SheetColumn.ONLY_HOME);
            Boolean value = texts.yesNo(text).orElse(null);
            if (value == null) {
                check.problem(SheetColumn.ONLY_HOME, "intake.problem.yes-no", text);
            } else {
                onlyHome = value;
            }
        }
        if (onlyHome && homeId == null && check.problems.stream().noneMatch(p -> p.column() == SheetColumn.HOME)) {
            check.problem(given.contains(SheetColumn.ONLY_HOME) ? SheetColumn.ONLY_HOME : SheetColumn.HOME,
                    "intake.problem.only-home-needs-home");
        }
        String note = base.note();
        if (given.contains(SheetColumn.NOTE)) {
            note = raw.cell(SheetColumn.NOTE).isEmpty() ? null : raw.cell(SheetColumn.NOTE);
            if (note != null && note.length() > 500) {
                check.problem(SheetColumn.NOTE, "intake.problem.too-long", "500");
            }
        }
        return new VolunteerData(name, phone, role, homeId, skills, hours, available, preferred, onlyHome, note);
    }

    private static List<AvailabilityWindow> windows(SheetReader.RawRow raw, RowCheck check, SheetColumn column,
                                                    List<AvailabilityWindow> base,
                                                    Map<String, List<AvailabilityWindow>> windowsOfText) {
        if (!check.letters.containsKey(column)) {
            return base;
        }
        String text = raw.cell(column);
        try {
            List<AvailabilityWindow> windows = windowsOfText.get(text);
            if (windows == null) {
                windows = List.copyOf(TimeWindows.parse(text));
                windowsOfText.put(text, windows);
            }
            return windows;
        } catch (IllegalArgumentException e) {
            check.problem(column, "intake.problem.window", e.getMessage());
            return base;
        }
    }

    /** Spaces and dashes people type into numbers do not make another number. */
    static String normalPhone(String phone) {
        return phone == null ? "" : phone.replaceAll("[\\s\\-–()（）]", "");
    }

    /** A generated code: {@code V0231} (a plain concatenation: String.format showed in the import's profile). */
    static String code(int number) {
        String digits = Integer.toString(number);
        return digits.length() >= 4 ? "V" + digits : "V" + "0".repeat(4 - digits.length()) + digits;
    }

    /** The first free number after the highest generated code ({@code V0231}) of the community. */
    private static int nextCode(List<Volunteer> existing) {
        int highest = 0;
        for (Volunteer v : existing) {
            var m = GENERATED_CODE.matcher(v.getCode());
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        Set<String> taken = existing.stream().map(Volunteer::getCode).collect(Collectors.toSet());
        int next = highest + 1;
        while (taken.contains(code(next))) {
            next++;
        }
        return next;
    }

    private Map<Long, String> compoundNames(long communityId) {
        Map<Long, String> names = new LinkedHashMap<>();
        compounds.findByCommunityIdOrderByCode(communityId).forEach(c -> names.put(c.getId(), c.getName()));
        return names;
    }

    /** Compounds by name or code, ignoring case. */
    private Map<String, Long> compoundLookup(long communityId) {
        Map<String, Long> lookup = new HashMap<>();
        for (Compound c : compounds.findByCommunityIdOrderByCode(communityId)) {
            lookup.put(c.getCode().toLowerCase(Locale.ROOT), c.getId());
            lookup.put(c.getName().strip().toLowerCase(Locale.ROOT), c.getId());
        }
        return lookup;
    }

    /** The stored values of all the community's volunteers, by id, in code order (four queries in all). */
    private Map<Long, VolunteerData> storedData(long communityId, List<Volunteer> all) {
        Map<Long, Set<String>> skills = new HashMap<>();
        for (Object[] pair : intake.findSkills(communityId)) {
            skills.computeIfAbsent((Long) pair[0], id -> new TreeSet<>()).add((String) pair[1]);
        }
        Map<Long, List<AvailabilityWindow>> available = windowsById(intake.findAvailable(communityId));
        Map<Long, List<AvailabilityWindow>> preferred = windowsById(intake.findPreferred(communityId));
        Map<Long, VolunteerData> data = new LinkedHashMap<>();
        for (Volunteer v : all) {
            data.put(v.getId(), VolunteerData.of(v, skills.getOrDefault(v.getId(), Set.of()),
                    available.getOrDefault(v.getId(), List.of()), preferred.getOrDefault(v.getId(), List.of())));
        }
        return data;
    }

    private static Map<Long, List<AvailabilityWindow>> windowsById(List<Object[]> triples) {
        Map<Long, TreeMap<Integer, AvailabilityWindow>> ordered = new HashMap<>();
        for (Object[] t : triples) {
            ordered.computeIfAbsent((Long) t[0], id -> new TreeMap<>()).put((Integer) t[1], (AvailabilityWindow) t[2]);
        }
        Map<Long, List<AvailabilityWindow>> result = new HashMap<>();
        ordered.forEach((id, windows) -> result.put(id, List.copyOf(windows.values())));
        return result;
    }
}
