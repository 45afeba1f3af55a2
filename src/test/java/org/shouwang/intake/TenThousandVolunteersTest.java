package org.shouwang.intake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestData;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community's whole list in one sheet: 10,000 rows are previewed (with progress reported on the way)
 * and imported. Also the benchmark of BENCHMARKS.md: the log line "10,000-row sheet: ..." carries the
 * figures ({@code ./mvnw -o -B test -Dtest=TenThousandVolunteersTest | grep '10,000-row'}).
 */
@SpringBootTest
@ActiveProfiles("test")
class TenThousandVolunteersTest {

    private static final Logger log = LoggerFactory.getLogger(TenThousandVolunteersTest.class);
    static final int ROWS = 10_000;

    @Autowired
    IntakeService service;
    @Autowired
    TestData data;
    @Autowired
    VolunteerRepository volunteers;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_sheet_of_ten_thousand_volunteers_is_previewed_with_progress_and_imported_whole() {
        Community community = data.community();
        List<Compound> compounds = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
            compounds.add(data.compound(community, "小区" + c));
        }
        Volunteer lead = data.volunteer(community, "组长");
        lead.setSkills(Set.of("LEAD", "TEMPERATURE"));
        data.save(lead);
        TestUsers.signIn(Roles.SECRETARY, community.getId(), null);
        List<List<String>> rows = new ArrayList<>();
        rows.add(IntakeServiceTest.HEADERS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(List.of("志愿者" + i, String.valueOf(13_000_000_000L + i), i % 10 == 0 ? "党员" : "居民志愿者",
                    "小区" + (i % 7), i % 3 == 0 ? "TEMPERATURE" : "", String.valueOf(8 + i % 30),
                    "周一至周五 18:00-22:00; 周六 08:00-12:00", i % 2 == 0 ? "周六 08:00-10:00" : "", i % 5 == 0 ? "是" : "否",
                    "第" + i + "行"));
        }
        byte[] file = Workbooks.xlsx(rows);
        AtomicInteger reports = new AtomicInteger();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        IntakePreview preview = service.preview(community.getId(), file, Locale.SIMPLIFIED_CHINESE,
                n -> reports.incrementAndGet());
        long previewed = System.nanoTime();
        long cpuPreviewed = threads.getCurrentThreadCpuTime();
        IntakeService.Imported imported = service.confirm(preview, n -> reports.incrementAndGet());
        long stored = System.nanoTime();
        long cpuStored = threads.getCurrentThreadCpuTime();

        assertThat(preview.problems()).isEmpty();
        assertThat(imported.added()).isEqualTo(ROWS);
        assertThat(volunteers.countByCommunityId(community.getId())).isEqualTo(ROWS + 1);
        assertThat(reports.get()).isGreaterThanOrEqualTo(3 * ROWS / 500);
        // Wall time is what the secretary waits; processor time (of this thread, which does all the work) is
        // what the import costs whatever else runs on the machine.
        log.info(String.format(Locale.ROOT, "10,000-row sheet: %d KB, preview %.1f s, import %.1f s, total %.1f s,"
                        + " %.0f rows/s; processor time preview %.1f s, import %.1f s; load average %.1f",
                file.length / 1024, (previewed - start) / 1e9, (stored - previewed) / 1e9, (stored - start) / 1e9,
                ROWS / ((stored - start) / 1e9), (cpuPreviewed - cpuStart) / 1e9, (cpuStored - cpuPreviewed) / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }
}
