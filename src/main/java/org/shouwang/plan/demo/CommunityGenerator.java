package org.shouwang.plan.demo;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.CommunityInfo;
import org.shouwang.plan.PlanDocument.CompoundDef;
import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.DemandDef;
import org.shouwang.plan.PlanDocument.Horizon;
import org.shouwang.plan.PlanDocument.PostDef;
import org.shouwang.plan.PlanDocument.Rules;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes a plausible lockdown community as a {@code shouwang-plan/1} document, the same for the same
 * parameters: for demo data, tests and benchmarks. Its shape follows the newspaper account: gates staffed
 * 07:00–23:00 in four-hour shifts with a team leader, a night shift at the main gates of big compounds,
 * door-to-door screening in every compound, retirees by day, working people in the evenings and at
 * weekends, staff on long weekdays, some on leave and some who only serve their own compound.
 */
public final class CommunityGenerator {

    /** Fits the number of gates to the people (1–3 per compound) when a compound is given this many. */
    public static final int AUTO_GATES = 0;
    /** A Monday, as in the account (February 2020). */
    public static final LocalDate ACCOUNT_MONDAY = LocalDate.of(2020, 2, 3);

    /** Share of the people's weekly hours that fitted demand asks for, so that most seats can be filled. */
    private static final double FITTED_LOAD = 0.65;
    private static final List<DayOfWeek> ALL_DAYS = List.of(DayOfWeek.values());
    private static final List<DayOfWeek> WEEKDAYS = ALL_DAYS.subList(0, 5);
    private static final List<DayOfWeek> WEEKEND = ALL_DAYS.subList(5, 7);
    private static final String LEAD = "LEAD";
    private static final String TEMPERATURE = "TEMPERATURE";
    private static final String[] GATE_NAMES = {"北门", "南门", "东门", "西门"};

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉鹏飞宇晨欣怡俊浩天佳琳梅海燕雪婷丹凤春林成德云龙小蓉川渝蜀锦";
    private static final String[] PHONE_PREFIXES = {"138", "139", "136", "137", "135", "150", "151", "158", "159",
            "186", "187", "188", "130", "131", "132", "155", "156", "133", "153", "180", "189", "177"};
    private static final String[] COMPOUND_FIRST = {"锦绣", "翠湖", "金沙", "和平", "桂花", "玉林", "青龙", "沙河", "望江",
            "芙蓉", "银杏", "东湖", "紫荆", "清水", "南苑", "华阳", "百花", "新华"};
    private static final String[] COMPOUND_LAST = {"花园", "小区", "院落", "苑", "里", "家园", "新村", "雅居"};

    /** A compound to make: {@code gates} is 1–4, or {@link #AUTO_GATES} to fit demand to the people. */
    public record CompoundSpec(String code, String name, int households, int gates) {
    }

    /**
     * What to make.
     *
     * @param volunteers the people besides staff and committee members: party members, grid workers,
     *                   property staff and resident volunteers
     * @param days       the length of the horizon
     */
    public record Parameters(long seed, String communityName, List<CompoundSpec> compounds, int staff,
                             int committee, int volunteers, int days, LocalDate start) {
        public Parameters {
            compounds = List.copyOf(compounds);
            if (committee < 1) {
                throw new IllegalArgumentException("every compound needs a committee member as its owner");
            }
        }
    }

    private final Parameters parameters;
    private final Random random;
    private final Set<String> names = new HashSet<>();
    private final Set<String> phones = new HashSet<>();

    private CommunityGenerator(Parameters parameters) {
        this.parameters = parameters;
        this.random = new Random(parameters.seed());
    }

    /** 上游社区 of the account: 7 compounds, 堰山和畔 with 3,216 households among them, ~245 people, 14 days. */
    public static PlanDocument upstream() {
        return upstream(ACCOUNT_MONDAY);
    }

    /** {@link #upstream()} over the 14 days from {@code monday}. */
    public static PlanDocument upstream(LocalDate monday) {
        return generate(new Parameters(2020_0203L, "上游社区", List.of(
                new CompoundSpec("YSHP", "堰山和畔", 3216, 3),
                new CompoundSpec("SYHY", "上游花园", 1850, 3),
                new CompoundSpec("JJY", "锦江苑", 1420, 2),
                new CompoundSpec("HPL", "和平里", 1160, 2),
                new CompoundSpec("JGXQ", "金桂小区", 980, 2),
                new CompoundSpec("CLY", "翠柳院", 760, 2),
                new CompoundSpec("XHW", "新河湾", 680, 2)),
                10, 5, 230, 14, monday));
    }

    /** 锦官驿社区 of the account: 11 院落 (9 old and small), 2,697 households, 10 staff, ~60 volunteers, 14 days. */
    public static PlanDocument jinguanyi() {
        return jinguanyi(ACCOUNT_MONDAY);
    }

    /** {@link #jinguanyi()} over the 14 days from {@code monday}. */
    public static PlanDocument jinguanyi(LocalDate monday) {
        return generate(new Parameters(2020_0127L, "锦官驿社区", List.of(
                new CompoundSpec("SJJ", "水井街院落", 150, 1),
                new CompoundSpec("CXY", "春熙院", 180, 1),
                new CompoundSpec("FHY", "府河院落", 210, 1),
                new CompoundSpec("DAL", "大安里", 160, 1),
                new CompoundSpec("HXY", "红星院", 240, 1),
                new CompoundSpec("JHY", "锦华院", 190, 1),
                new CompoundSpec("HJY", "合江院", 230, 1),
                new CompoundSpec("NHY", "南河院落", 170, 1),
                new CompoundSpec("DMY", "东门院", 207, 1),
                new CompoundSpec("JGXY", "锦官新苑", 560, 2),
                new CompoundSpec("YDHY", "驿都花园", 400, 2)),
                10, 5, 60, 14, monday));
    }

    /**
     * A community for benchmarks: {@code compounds} compounds, {@code volunteers} people in all (about 10 staff
     * and a committee member per two compounds among them), {@code days} days from a Monday. The gates are
     * fitted to the people so that most seats can be filled; with one gate per compound and still too few
     * people (11 compounds and 60 people, like 锦官驿) the community is short of people, as it was in the account.
     */
    public static PlanDocument sized(long seed, int compounds, int volunteers, int days) {
        return sized(seed, compounds, volunteers, days, AUTO_GATES);
    }

    /**
     * As {@link #sized(long, int, int, int)}, but with {@code gates} gates at every compound ({@link #AUTO_GATES}
     * to fit them to the people): a community that asks for more than its people can give, as the
     * benchmark's large problem does.
     */
    public static PlanDocument sized(long seed, int compounds, int volunteers, int days, int gates) {
        Random names = new Random(seed * 31 + compounds);
        List<CompoundSpec> specs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < compounds; i++) {
            String name;
            do {
                name = pick(names, COMPOUND_FIRST) + pick(names, COMPOUND_LAST);
            } while (!used.add(name));
            specs.add(new CompoundSpec(String.format("C%02d", i + 1), name, 200 + names.nextInt(3100), gates));
        }
        int staff = Math.min(10, Math.max(2, volunteers / 10));
        int committee = Math.max(1, Math.min((compounds + 1) / 2, volunteers / 10));
        return generate(new Parameters(seed, "基准社区" + compounds + "-" + volunteers, specs, staff, committee,
                volunteers - staff - committee, days, ACCOUNT_MONDAY));
    }

    /** The community the parameters describe. */
    public static PlanDocument generate(Parameters parameters) {
        return new CommunityGenerator(parameters).build();
    }

    private PlanDocument build() {
        LocalDate start = parameters.start();
        List<VolunteerDef> people = people();
        List<CompoundDef> compounds = new ArrayList<>();
        List<PostDef> posts = new ArrayList<>();
        List<DemandDef> demands = new ArrayList<>();
        List<VolunteerDef> committee = people.stream().filter(v -> v.role() == VolunteerRole.COMMITTEE).toList();
        int[] gates = gates(people);
        CompoundSpec biggest = parameters.compounds().stream()
                .max(Comparator.comparingInt(CompoundSpec::households)).orElseThrow();
        for (int i = 0; i < parameters.compounds().size(); i++) {
            CompoundSpec spec = parameters.compounds().get(i);
            compounds.add(new CompoundDef(spec.code(), spec.name(), spec.households(),
                    committee.get(i % committee.size()).code()));
            addPosts(spec, gates[i], spec == biggest, posts, demands);
        }
        Rules rules = new Rules(8 + random.nextInt(3), 8, 6);
        return new PlanDocument(PlanDocument.FORMAT, new CommunityInfo(parameters.communityName()),
                new Horizon(start, start.plusDays(parameters.days() - 1L)), rules, compounds, posts, demands,
                people, List.of(), null);
    }

    // ---- posts and demand ----

    private void addPosts(CompoundSpec spec, int gates, boolean biggest, List<PostDef> posts, List<DemandDef> demands) {
        boolean big = spec.households() >= 2000;
        for (int g = 0; g < gates; g++) {
            String code = spec.code() + "-G" + (g + 1);
            posts.add(new PostDef(code, spec.code(), GATE_NAMES[g % GATE_NAMES.length], PostKind.GATE));
            boolean main = g == 0;
            for (int hour = 7; hour < 23; hour += 4) {
                // Mornings and the late afternoon are the busy hours at a big compound's main gate.
                boolean peak = main && big && (hour == 7 || hour == 15);
                demands.add(demand(code, ALL_DAYS, hour, hour + 4, peak ? 3 : 2, Map.of(LEAD, 1)));
            }
            if (main && spec.households() >= 1000) {
                demands.add(demand(code, ALL_DAYS, 23, 7, spec.households() >= 3000 ? 2 : 1, Map.of()));
            }
        }
        String screening = spec.code() + "-S";
        posts.add(new PostDef(screening, spec.code(), "入户排查", PostKind.SCREENING));
        boolean small = spec.households() < 500;
        demands.add(demand(screening, ALL_DAYS, 9, 13, small ? 1 : 2, small ? Map.of() : Map.of(TEMPERATURE, 1)));
        if (spec.households() >= 1500) {
            demands.add(demand(screening, ALL_DAYS, 14, 18, 2, Map.of(TEMPERATURE, 1)));
        }
        if (biggest) {
            String desk = spec.code() + "-D";
            posts.add(new PostDef(desk, spec.code(), "返岗登记台", PostKind.DESK));
            demands.add(demand(desk, WEEKDAYS, 8, 12, 1, Map.of()));
            demands.add(demand(desk, WEEKDAYS, 14, 18, 1, Map.of()));
        }
    }

    private static DemandDef demand(String post, List<DayOfWeek> days, int from, int to, int headcount,
                                    Map<String, Integer> skills) {
        return new DemandDef(post, days, LocalTime.of(from, 0), LocalTime.of(to % 24, 0), headcount,
                new LinkedHashMap<>(skills), null);
    }

    /** The gates of each compound: as given, or fitted to the people's hours, the most households per gate first. */
    private int[] gates(List<VolunteerDef> people) {
        List<CompoundSpec> specs = parameters.compounds();
        int[] gates = new int[specs.size()];
        boolean fit = false;
        for (int i = 0; i < gates.length; i++) {
            fit |= specs.get(i).gates() == AUTO_GATES;
            gates[i] = specs.get(i).gates() == AUTO_GATES ? 1 : specs.get(i).gates();
        }
        if (!fit) {
            return gates;
        }
        double capacity = people.stream().mapToDouble(CommunityGenerator::weeklyHours).sum();
        double budget = FITTED_LOAD * capacity;
        while (true) {
            int next = -1;
            for (int i = 0; i < gates.length; i++) {
                if (specs.get(i).gates() == AUTO_GATES && gates[i] < 3
                        && (next < 0 || specs.get(i).households() / (gates[i] + 1.0)
                        > specs.get(next).households() / (gates[next] + 1.0))) {
                    next = i;
                }
            }
            if (next < 0 || weeklyDemandHours(gates) + 7 * 16 * 2 > budget) {
                return gates;
            }
            gates[next]++;
        }
    }

    private double weeklyDemandHours(int[] gates) {
        List<PostDef> posts = new ArrayList<>();
        List<DemandDef> demands = new ArrayList<>();
        for (int i = 0; i < gates.length; i++) {
            addPosts(parameters.compounds().get(i), gates[i], false, posts, demands);
        }
        return demands.stream().mapToDouble(d -> d.days().size() * d.headcount() * hours(d.from(), d.to())).sum();
    }

    /** The hours a person can give in a week: their limit, or less when their windows are short. */
    static double weeklyHours(VolunteerDef v) {
        if (v.available().isEmpty()) {
            return v.maxHoursPerWeek();
        }
        double open = 0;
        for (WeeklyWindow w : v.available()) {
            open += w.days().size() * Math.min(8, hours(w.from(), w.to()));
        }
        return Math.min(v.maxHoursPerWeek(), open);
    }

    private static double hours(LocalTime from, LocalTime to) {
        long minutes = Duration.between(from, to).toMinutes();
        return (minutes <= 0 ? minutes + 24 * 60 : minutes) / 60.0;
    }

    // ---- people ----

    private List<VolunteerDef> people() {
        List<VolunteerDef> people = new ArrayList<>();
        int total = parameters.staff() + parameters.committee() + parameters.volunteers();
        String codeFormat = total >= 1000 ? "V%04d" : "V%03d";
        List<CompoundSpec> specs = parameters.compounds();
        for (int i = 0; i < parameters.staff(); i++) {
            // Staff serve the whole community from the office: no home compound, long weekdays.
            List<WeeklyWindow> available = new ArrayList<>(List.of(window(WEEKDAYS, 7, 23)));
            if (i % 2 == 0) {
                available.add(window(List.of(DayOfWeek.SATURDAY), 7, 19));
            }
            people.add(person(String.format(codeFormat, people.size() + 1), VolunteerRole.STAFF, null,
                    skills(true, 0.5), 48, false, available));
        }
        for (int i = 0; i < parameters.committee(); i++) {
            String home = specs.get(i % specs.size()).code();
            people.add(person(String.format(codeFormat, people.size() + 1), VolunteerRole.COMMITTEE, home,
                    skills(true, 0.3), 44 + 4 * random.nextInt(2), false, List.of(window(ALL_DAYS, 7, 23))));
        }
        int households = specs.stream().mapToInt(CompoundSpec::households).sum();
        for (int i = 0; i < parameters.volunteers(); i++) {
            String home = homeByHouseholds(specs, households);
            double r = random.nextDouble();
            VolunteerRole role = r < 0.25 ? VolunteerRole.PARTY_MEMBER
                    : r < 0.33 ? VolunteerRole.GRID_WORKER
                    : r < 0.43 ? VolunteerRole.PROPERTY
                    : VolunteerRole.VOLUNTEER;
            people.add(other(String.format(codeFormat, people.size() + 1), role, home));
        }
        return people;
    }

    private VolunteerDef other(String code, VolunteerRole role, String home) {
        return switch (role) {
            case PARTY_MEMBER -> person(code, role, home, skills(true, 0.2), 20 + 4 * random.nextInt(4),
                    random.nextDouble() < 0.1, residentWindows());
            case GRID_WORKER -> person(code, role, home, skills(random.nextBoolean(), 0.3), 40, false,
                    List.of(window(ALL_DAYS, 7, 23)));
            case PROPERTY -> person(code, role, home, skills(false, 0.2), 32 + 8 * random.nextInt(2),
                    random.nextDouble() < 0.6,
                    random.nextDouble() < 0.4 ? List.of(window(ALL_DAYS, 19, 7)) : List.of(window(ALL_DAYS, 7, 19)));
            default -> person(code, role, home, skills(false, 0.15), 16 + 4 * random.nextInt(4),
                    random.nextDouble() < 0.2, residentWindows());
        };
    }

    /** Retirees by day, working people in the evenings and at weekends, some night owls, some at any time. */
    private List<WeeklyWindow> residentWindows() {
        double r = random.nextDouble();
        if (r < 0.42) {
            return List.of(window(ALL_DAYS, 7, 19));
        }
        if (r < 0.78) {
            return List.of(window(WEEKDAYS, 19, 23), window(WEEKEND, 7, 23));
        }
        if (r < 0.86) {
            return List.of(window(ALL_DAYS, 19, 7));
        }
        return List.of();
    }

    private VolunteerDef person(String code, VolunteerRole role, String home, List<String> skills, int maxHours,
                                boolean onlyHome, List<WeeklyWindow> available) {
        List<DateTimeRange> unavailable = new ArrayList<>();
        if (random.nextDouble() < 0.08) {
            // On leave (or in quarantine) for 2–7 days somewhere in the horizon.
            LocalDate first = parameters.start().plusDays(random.nextInt(parameters.days()));
            unavailable.add(new DateTimeRange(first.atStartOfDay(), first.plusDays(2 + random.nextInt(6)).atStartOfDay()));
        }
        List<WeeklyWindow> preferred = new ArrayList<>();
        if (random.nextDouble() < 0.3) {
            List<DayOfWeek> days = new ArrayList<>(ALL_DAYS);
            java.util.Collections.shuffle(days, random);
            List<DayOfWeek> three = days.subList(0, 3).stream().sorted().toList();
            preferred.add(random.nextBoolean() ? window(three, 7, 15) : window(three, 15, 23));
        }
        return new VolunteerDef(code, name(), phone(), role, onlyHome && home == null ? null : home, skills,
                maxHours, onlyHome && home != null, available, unavailable, preferred);
    }

    private List<String> skills(boolean lead, double temperature) {
        List<String> skills = new ArrayList<>();
        if (lead) {
            skills.add(LEAD);
        }
        if (random.nextDouble() < temperature) {
            skills.add(TEMPERATURE);
        }
        return skills;
    }

    private String homeByHouseholds(List<CompoundSpec> specs, int households) {
        int k = random.nextInt(households);
        for (CompoundSpec spec : specs) {
            k -= spec.households();
            if (k < 0) {
                return spec.code();
            }
        }
        return specs.get(specs.size() - 1).code();
    }

    private static WeeklyWindow window(List<DayOfWeek> days, int from, int to) {
        return new WeeklyWindow(days, LocalTime.of(from, 0), LocalTime.of(to % 24, 0));
    }

    private String name() {
        String name;
        do {
            name = SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                    + (random.nextDouble() < 0.2 ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))))
                    + GIVEN.charAt(random.nextInt(GIVEN.length()));
        } while (!names.add(name));
        return name;
    }

    private String phone() {
        String phone;
        do {
            phone = pick(random, PHONE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
        } while (!phones.add(phone));
        return phone;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
