package org.shouwang.supplies;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestData;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.PostKind;
import org.shouwang.roster.RosterService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The forecast against a hand count on the tiny example, Monday to Wednesday of next week:
 * <ul>
 *   <li>银园院落0's gate: 2 + 2 + 3 + 2 = 9 seats a day: 9 masks, 9 pairs of gloves; 3 people at once at most;</li>
 *   <li>玉苑花园1's gate: 3 + 2 + 2 + 3 = 10 a day; 3 at once;</li>
 *   <li>玉林院落2: the gate's 2 + 2 + 2 + 2 = 8 seats and 4 screening seats (Monday to Saturday) at 2 masks,
 *       2 pairs and 200 ml each: 8 + 8 = 16 masks, 16 pairs, 800 ml a day; 2 at once at the gate.</li>
 * </ul>
 */
@SpringBootTest
@ActiveProfiles("test")
class SuppliesServiceTest {

    @Autowired
    SuppliesService service;
    @Autowired
    SuppliesWorkbook workbook;
    @Autowired
    PlanImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    Clock clock;

    long communityId;
    LocalDate monday;
    Map<String, Long> compounds;

    @BeforeEach
    void tinyRosterNextWeek() throws Exception {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanDocument tiny;
        try (InputStream in = getClass().getResourceAsStream("/examples/tiny.json")) {
            tiny = PlanJson.read(in);
        }
        communityId = importer.importCommunity(new PlanDocument(tiny.format(),
                new PlanDocument.CommunityInfo(TestData.unique("物资")), tiny.horizon(), tiny.rules(), tiny.compounds(),
                tiny.posts(), tiny.demands(), tiny.volunteers(), List.of(), null), ImportMode.CREATE).communityId();
        monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        rosters.open(communityId, monday, monday.plusDays(2)).orElseThrow();
        TestUsers.signIn(Roles.SECRETARY, communityId, null);
        compounds = new java.util.HashMap<>();
        service.forecast(communityId).orElseThrow().compounds().forEach(c -> compounds.put(c.compound(), c.compoundId()));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void masks_gloves_disinfectant_and_thermometers_match_the_hand_count() {
        Forecast forecast = service.forecast(communityId).orElseThrow();

        assertThat(forecast.days()).containsExactly(monday, monday.plusDays(1), monday.plusDays(2));
        assertThat(forecast.compounds()).extracting(c -> c.compound(), c -> c.masks(), c -> c.gloves(),
                        c -> c.disinfectantMl(), c -> c.thermometersNeeded())
                .containsExactly(tuple("银园院落0", 27.0, 27.0, 0.0, 3), tuple("玉苑花园1", 30.0, 30.0, 0.0, 3),
                        tuple("玉林院落2", 48.0, 48.0, 2400.0, 2));
        assertThat(forecast.compounds().get(2).days()).containsOnly(
                new Forecast.Day(monday, 16, 16, 800), new Forecast.Day(monday.plusDays(1), 16, 16, 800),
                new Forecast.Day(monday.plusDays(2), 16, 16, 800));
        // Nothing counted yet: no run-out date, no shortfall.
        assertThat(forecast.compounds()).noneMatch(Forecast.CompoundForecast::shortfall);
    }

    @Test
    void the_stock_on_hand_gives_the_days_left_the_run_out_dates_and_the_headline() {
        service.saveStock(communityId, compounds.get("银园院落0"), new Stock(20, 100, 0, 3));
        service.saveStock(communityId, compounds.get("玉苑花园1"), new Stock(100, 100, 0, 2));
        service.saveStock(communityId, compounds.get("玉林院落2"), new Stock(30, 100, 1000, 2));

        Forecast forecast = service.forecast(communityId).orElseThrow();

        Forecast.CompoundForecast yinyuan = forecast.compounds().get(0);
        assertThat(yinyuan.masksRunOut()).contains(monday.plusDays(2));
        assertThat(yinyuan.masksDaysLeft()).isEqualTo(2);
        Forecast.CompoundForecast yuyuan = forecast.compounds().get(1);
        assertThat(yuyuan.masksRunOut()).isEmpty();
        assertThat(yuyuan.thermometersShort()).isTrue();
        Forecast.CompoundForecast yulin = forecast.compounds().get(2);
        assertThat(yulin.masksRunOut()).contains(monday.plusDays(1));
        assertThat(yulin.disinfectantRunOut()).contains(monday.plusDays(1));
        assertThat(yulin.glovesRunOut()).isEmpty();
        assertThat(service.headline(communityId))
                .contains(new SuppliesService.Headline(monday, "玉林院落2", monday.plusDays(2)));
    }

    @Test
    void the_community_sets_its_own_amounts_per_post_kind() {
        service.saveRate(communityId, PostKind.GATE, new Rate(2, 0, 10));

        assertThat(service.rates(communityId).get(PostKind.GATE)).isEqualTo(new Rate(2, 0, 10));
        assertThat(service.rates(communityId).get(PostKind.SCREENING)).isEqualTo(Rate.defaults().get(PostKind.SCREENING));
        assertThat(service.forecast(communityId).orElseThrow().compounds().get(0).masks()).isEqualTo(54.0);
        assertThatThrownBy(() -> new Rate(-1, 0, 0)).hasMessage("supplies.error.negative");
    }

    @Test
    void committee_members_read_the_forecast_but_may_not_change_stock() {
        TestUsers.signIn(Roles.COMMITTEE, communityId, null);

        assertThat(service.forecast(communityId).orElseThrow().compounds()).hasSize(3);
        assertThat(service.mayEdit()).isFalse();
        assertThatThrownBy(() -> service.saveStock(communityId, compounds.get("银园院落0"), Stock.NONE))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.VOLUNTEER, communityId, null);
        assertThatThrownBy(() -> service.forecast(communityId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_export_has_the_summary_and_the_days() throws Exception {
        service.saveStock(communityId, compounds.get("银园院落0"), new Stock(20, 100, 0, 3));
        byte[] xlsx = workbook.write(service.forecast(communityId).orElseThrow(), java.util.Locale.SIMPLIFIED_CHINESE);

        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("银园院落0");
            assertThat(book.getSheetAt(0).getRow(3).getCell(1).getNumericCellValue()).isEqualTo(27.0);
            assertThat(book.getSheetAt(0).getRow(3).getCell(9).getStringCellValue()).isEqualTo(monday.plusDays(2).toString());
            assertThat(book.getSheetAt(1).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(9.0);
        }
    }

    @Test
    void most_at_once_counts_a_handover_at_the_same_minute_once() {
        var at = monday.atTime(7, 0);
        assertThat(SuppliesService.mostAtOnce(List.of(
                new java.time.LocalDateTime[]{at, at.plusHours(4)},
                new java.time.LocalDateTime[]{at.plusHours(4), at.plusHours(8)},
                new java.time.LocalDateTime[]{at.plusHours(2), at.plusHours(6)}))).isEqualTo(2);
    }
}
