package org.shouwang.exposure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestData;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.roster.AssignmentRepository;
import org.shouwang.roster.RosterRepository;
import org.shouwang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.shouwang.exposure.ExposureFixture.MONDAY;
import static org.shouwang.exposure.ExposureFixture.at;

@SpringBootTest
@ActiveProfiles("test")
class ExposureServiceTest {

    @Autowired
    ExposureService service;
    @Autowired
    ExposureWorkbook workbook;
    @Autowired
    TestData data;
    @Autowired
    RosterRepository rosters;
    @Autowired
    AssignmentRepository assignments;

    ExposureFixture fixture;
    SignedInUser secretary;

    @BeforeEach
    void knownContacts() {
        fixture = new ExposureFixture(data, rosters, assignments);
        secretary = TestUsers.signIn(Roles.SECRETARY, fixture.community.getId(), null);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private ExposureList lookUp(boolean neighbours, boolean secondDegree) {
        return service.lookUp(fixture.community.getId(), new ExposureQuery(fixture.x.getId(), MONDAY, MONDAY.plusDays(2),
                neighbours, secondDegree));
    }

    @Test
    void everyone_at_the_same_post_at_an_overlapping_time_is_a_contact_overnight_shifts_included() {
        ExposureList list = lookUp(false, false);

        assertThat(list.contacts()).extracting(Contact::name, Contact::phone, Contact::degree, Contact::hours)
                .containsExactly(tuple("A", "13900000001", 1, 7.0), tuple("E", "13900000005", 1, 2.0));
        assertThat(list.contacts().get(0).together()).containsExactly(
                new Contact.Together(at(0, 23), at(1, 6), "堰山和畔", "1号门", true));
    }

    @Test
    void neighbouring_posts_of_the_same_compound_are_included_when_asked_and_marked() {
        ExposureList list = lookUp(true, false);

        assertThat(list.contacts()).extracting(Contact::name, Contact::hours)
                .containsExactly(tuple("A", 7.0), tuple("C", 4.0), tuple("E", 2.0));
        assertThat(list.contacts().get(1).together()).singleElement()
                .satisfies(t -> assertThat(t.samePost()).isFalse());
    }

    @Test
    void the_second_degree_adds_the_contacts_of_the_contacts_and_says_through_whom() {
        ExposureList list = lookUp(false, true);

        assertThat(list.contacts()).extracting(Contact::name, Contact::degree, Contact::via, Contact::hours)
                .containsExactly(tuple("A", 1, null, 7.0), tuple("E", 1, null, 2.0),
                        tuple("B", 2, "A", 1.0), tuple("F", 2, "A", 0.5));
    }

    @Test
    void the_default_range_is_the_last_fourteen_days() {
        ExposureQuery query = ExposureQuery.lastTwoWeeks(fixture.x.getId(), MONDAY.plusDays(2));

        assertThat(query.from()).isEqualTo(MONDAY.minusDays(11));
        assertThat(service.lookUp(fixture.community.getId(), query).contacts()).extracting(Contact::name)
                .containsExactly("A", "E");
        ExposureQuery earlier = new ExposureQuery(fixture.x.getId(), MONDAY.minusDays(28), MONDAY.plusDays(2), false, false);
        assertThat(service.lookUp(fixture.community.getId(), earlier).contacts()).extracting(Contact::name)
                .containsExactly("A", "H", "E");
    }

    @Test
    void every_lookup_is_written_to_the_audit_log_with_who_whom_and_when() {
        lookUp(true, true);

        List<ExposureLookup> log = service.auditLog(fixture.community.getId(), PageRequest.of(0, 10));
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.getLookedUpBy()).isEqualTo(secretary.getUsername());
            assertThat(entry.getVolunteerName()).isEqualTo("X阳性");
            assertThat(entry.getFirstDate()).isEqualTo(MONDAY);
            assertThat(entry.isSecondDegree()).isTrue();
            assertThat(entry.getContacts()).isEqualTo(5);
            assertThat(entry.getLookedUpAt()).isNotNull();
        });
    }

    @Test
    void only_the_secretary_or_a_district_admin_may_look_and_a_refused_lookup_leaves_no_list() {
        TestUsers.signIn(Roles.COMMITTEE, fixture.community.getId(), fixture.a.getId());

        assertThatThrownBy(() -> lookUp(false, false)).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.SECRETARY, data.community().getId(), null);
        assertThatThrownBy(() -> lookUp(false, false)).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        assertThat(lookUp(false, false).contacts()).hasSize(2);
    }

    @Test
    void the_export_has_one_row_per_stretch_together_with_phone_and_post() throws Exception {
        byte[] xlsx = workbook.write(lookUp(true, true), Locale.SIMPLIFIED_CHINESE);

        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("X阳性 的密接名单（2026-11-30 至 2026-12-02）");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + 5);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("13900000001");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("23:00–06:00 (+1)");
            assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(7.0);
        }
    }
}
