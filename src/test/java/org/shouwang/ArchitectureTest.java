package org.shouwang;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import org.shouwang.base.LoadAverage;
import org.shouwang.base.ui.BuiltInTexts;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of the code (package by feature, each with its views in {@code ui}): views depend on services,
 * services on the domain, and the features one way, views included (see {@link #TOP_DOWN}); the solver
 * and the plan format sit apart, below what uses them. The office's paperwork (supplies forecast, exposure
 * list, volunteers from Excel) reads the roster and the volunteers, and none of the three knows another.
 */
@AnalyzeClasses(packages = "org.shouwang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.shouwang.base..";
    private static final String PLAN = "org.shouwang.plan..";
    private static final String SOLVER = "org.shouwang.solver..";
    private static final String COMMUNITY = "org.shouwang.community..";
    private static final String VOLUNTEER = "org.shouwang.volunteer..";
    private static final String DEMAND = "org.shouwang.demand..";
    private static final String ROSTER = "org.shouwang.roster..";
    private static final String PLANNING = "org.shouwang.planning..";
    private static final String PUBLISH = "org.shouwang.publish..";
    private static final String DUTY = "org.shouwang.duty..";
    private static final String COVER = "org.shouwang.cover..";
    private static final String SHEET = "org.shouwang.sheet..";
    private static final String OVERVIEW = "org.shouwang.overview..";
    private static final String EXCHANGE = "org.shouwang.exchange..";
    private static final String SECURITY = "org.shouwang.security..";
    private static final String INTAKE = "org.shouwang.intake..";
    private static final String SUPPLIES = "org.shouwang.supplies..";
    private static final String EXPOSURE = "org.shouwang.exposure..";
    private static final String LOAD = "org.shouwang.load..";
    private static final String DURABILITY = "org.shouwang.durability..";
    private static final String API = "org.shouwang.api..";

    @ArchTest
    static final ArchRule nothing_but_views_depends_on_views = noClasses()
            .that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("org.shouwang")
            // The web security configuration names the login view, as Vaadin's security setup requires.
            .and().areNotAnnotatedWith(Configuration.class)
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("views sit on top: services and the domain never know them");

    @ArchTest
    static final ArchRule the_plan_format_needs_only_the_jdk_and_jackson = classes()
            .that().resideInAPackage(PLAN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PLAN, "java..", "com.fasterxml.jackson..")
            .because("the exchange format is shared by the database, the files and the command-line solver");

    @ArchTest
    static final ArchRule the_solver_knows_no_database_and_no_ui = noClasses()
            .that().resideInAPackage(SOLVER)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.data..",
                    "com.vaadin..", BASE, COMMUNITY, VOLUNTEER, DEMAND, ROSTER, PLANNING, PUBLISH, DUTY, COVER, SHEET, OVERVIEW,
                    EXCHANGE, SECURITY, INTAKE, SUPPLIES, EXPOSURE, API)
            .because("the planning model is plain Java built from the plan records");

    @ArchTest
    static final ArchRule base_knows_no_feature = noClasses()
            .that().resideInAPackage(BASE)
            .should().dependOnClassesThat().resideInAnyPackage(SOLVER, COMMUNITY, VOLUNTEER, DEMAND, ROSTER, PLANNING,
                    PUBLISH, DUTY, COVER, SHEET, OVERVIEW, EXCHANGE, SECURITY, INTAKE, SUPPLIES, EXPOSURE, API);

    /**
     * The features from the top down: each may use only the ones after it, its views included. Planning
     * (the planner's board page and the solver jobs) sits on the gate sheets, the duties and publishing,
     * which sit on the roster (the rosters, their seats and their editing). The HTTP API sits on what it
     * offers (plans, the published roster, seats); the accounts page, where its tokens are made, on the API.
     * Call for cover sits between the duties (My duties shows the offers and gives duties back) and publishing
     * (a taken seat is published).
     */
    private static final List<String> TOP_DOWN = List.of("security", "api", "exchange", "planning", "overview", "supplies",
            "exposure", "intake", "sheet", "duty", "cover", "publish", "roster", "solver", "demand", "volunteer", "community",
            "base");

    @ArchTest
    static final ArchRule features_depend_one_way = classes()
            .that().resideInAnyPackage(TOP_DOWN.stream().map(f -> "org.shouwang." + f + "..").toArray(String[]::new))
            .should(new ArchCondition<JavaClass>("depend only on the features below their own") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    int own = TOP_DOWN.indexOf(feature(javaClass));
                    for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                        int target = TOP_DOWN.indexOf(feature(dependency.getTargetClass()));
                        if (target >= 0 && target < own) {
                            events.add(SimpleConditionEvent.violated(javaClass, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("the features form one order: " + String.join(" -> ", TOP_DOWN));

    /** The order puts supplies above exposure above intake; in fact none of the three uses another. */
    @ArchTest
    static final ArchRule supplies_knows_neither_exposure_nor_intake = noClasses()
            .that().resideInAPackage(SUPPLIES)
            .should().dependOnClassesThat().resideInAnyPackage(EXPOSURE, INTAKE);

    @ArchTest
    static final ArchRule exposure_knows_no_intake = noClasses()
            .that().resideInAPackage(EXPOSURE)
            .should().dependOnClassesThat().resideInAPackage(INTAKE);

    @ArchTest
    static final ArchRule features_form_no_cycles = slices().matching("org.shouwang.(*)..").should().beFreeOfCycles();

    /** The feature a class belongs to: the package after org.shouwang, or "" outside the features. */
    private static String feature(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith("org.shouwang.")) {
            return "";
        }
        String rest = name.substring("org.shouwang.".length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** The load benchmark talks to a running app over HTTP, as phones do; only the demo data's logins come from the code. */
    @ArchTest
    static final ArchRule the_load_command_is_a_client_of_the_app = classes()
            .that().resideInAPackage(LOAD)
            .should().onlyDependOnClassesThat(resideInAnyPackage(LOAD, PLAN, "java..", "com.fasterxml.jackson..")
                    .or(equivalentTo(LoadAverage.class)))
            .because("it measures the app from outside and starts no Spring context");

    /** The durability benchmark starts the app's jar, kills it and speaks to its HTTP API: a client too. */
    @ArchTest
    static final ArchRule the_durability_command_is_a_client_of_the_app = classes()
            .that().resideInAPackage(DURABILITY)
            .should().onlyDependOnClassesThat(resideInAnyPackage(DURABILITY, "java..", "com.fasterxml.jackson..")
                    .or(equivalentTo(LoadAverage.class)))
            .because("it checks the app from outside, as a killed process sees it, and starts no Spring context");

    @ArchTest
    static final ArchRule exchange_does_not_know_security = noClasses()
            .that().resideInAPackage(EXCHANGE)
            .should().dependOnClassesThat().resideInAPackage(SECURITY)
            .because("services check access through the CurrentUser and SystemAccess ports in base");

    /** Vaadin components that bring English texts of their own (month names, "Upload Files..."). */
    private static final Set<String> WITH_TEXTS_OF_THEIR_OWN = Set.of(DatePicker.class.getName(),
            DateTimePicker.class.getName(), Upload.class.getName());

    @ArchTest
    static final ArchRule date_pickers_and_uploads_speak_the_users_language = classes()
            .should(new ArchCondition<JavaClass>("give the date pickers and uploads they create the user's language") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    boolean creates = javaClass.getConstructorCallsFromSelf().stream()
                            .anyMatch(call -> WITH_TEXTS_OF_THEIR_OWN.contains(call.getTargetOwner().getName()));
                    boolean translates = javaClass.getMethodCallsFromSelf().stream()
                            .anyMatch(call -> call.getTargetOwner().isEquivalentTo(BuiltInTexts.class)
                                    && call.getName().equals("translate"));
                    if (creates && !translates) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                + " creates a date picker or an upload without BuiltInTexts.translate"));
                    }
                }
            });
}
