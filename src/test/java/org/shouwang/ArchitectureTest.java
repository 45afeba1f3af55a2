package org.shouwang;

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
import org.shouwang.base.ui.BuiltInTexts;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering of the code (package by feature): views depend on services, services on the domain, and
 * the features one way: exchange -> roster -> demand -> volunteer -> community -> base, roster -> solver -> plan.
 * The office's paperwork (volunteers from Excel, the supplies forecast, the exposure list) sits on top of
 * them: intake -> volunteer, supplies -> roster, exposure -> roster; nothing below knows them, nor they each other.
 * A feature's views ({@code ui}) are the top of everything: they may use any feature's services.
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
    private static final String EXCHANGE = "org.shouwang.exchange..";
    private static final String SECURITY = "org.shouwang.security..";
    private static final String INTAKE = "org.shouwang.intake..";
    private static final String SUPPLIES = "org.shouwang.supplies..";
    private static final String EXPOSURE = "org.shouwang.exposure..";

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
                    "com.vaadin..", BASE, COMMUNITY, VOLUNTEER, DEMAND, ROSTER, EXCHANGE, SECURITY, INTAKE, SUPPLIES,
                    EXPOSURE)
            .because("the planning model is plain Java built from the plan records");

    @ArchTest
    static final ArchRule base_knows_no_feature = noClasses()
            .that().resideInAPackage(BASE)
            .should().dependOnClassesThat().resideInAnyPackage(SOLVER, COMMUNITY, VOLUNTEER, DEMAND, ROSTER, EXCHANGE,
                    SECURITY, INTAKE, SUPPLIES, EXPOSURE);

    @ArchTest
    static final ArchRule community_is_below_the_other_features = noClasses()
            .that().resideInAPackage(COMMUNITY).and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage(VOLUNTEER, DEMAND, ROSTER, EXCHANGE, SECURITY, SOLVER);

    @ArchTest
    static final ArchRule volunteer_is_below_demand_and_roster = noClasses()
            .that().resideInAPackage(VOLUNTEER).and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage(DEMAND, ROSTER, EXCHANGE, SECURITY, SOLVER);

    @ArchTest
    static final ArchRule demand_is_below_roster = noClasses()
            .that().resideInAPackage(DEMAND).and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage(ROSTER, EXCHANGE, SECURITY, SOLVER);

    @ArchTest
    static final ArchRule roster_is_below_exchange = noClasses()
            .that().resideInAPackage(ROSTER).and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage(EXCHANGE, SECURITY);

    @ArchTest
    static final ArchRule exchange_does_not_know_security = noClasses()
            .that().resideInAPackage(EXCHANGE).and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage(SECURITY)
            .because("services check access through the CurrentUser and SystemAccess ports in base");

    @ArchTest
    static final ArchRule nothing_below_the_paperwork_knows_it = noClasses()
            .that().resideInAnyPackage(COMMUNITY, VOLUNTEER, DEMAND, ROSTER, EXCHANGE, SECURITY)
            .and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage(INTAKE, SUPPLIES, EXPOSURE);

    @ArchTest
    static final ArchRule intake_needs_only_volunteers_and_compounds = noClasses()
            .that().resideInAPackage(INTAKE).and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage(DEMAND, ROSTER, EXCHANGE, SECURITY, SOLVER, SUPPLIES,
                    EXPOSURE);

    @ArchTest
    static final ArchRule supplies_reads_the_roster_but_no_other_paperwork = noClasses()
            .that().resideInAPackage(SUPPLIES).and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage(EXCHANGE, SECURITY, INTAKE, EXPOSURE);

    @ArchTest
    static final ArchRule exposure_reads_the_roster_but_no_other_paperwork = noClasses()
            .that().resideInAPackage(EXPOSURE).and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage(EXCHANGE, SECURITY, INTAKE, SUPPLIES);

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
