package org.shouwang.security;

import org.shouwang.base.DemoMode;
import org.shouwang.base.Roles;
import org.shouwang.exchange.DemoDataLoadedEvent;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documented demo logins (README, "Demo logins"), added when the demo communities are created: a
 * secretary for each community, and in the first one a committee member and a volunteer, who sign in
 * with their phone numbers. They all have the published {@link #PASSWORD}: in development that is all
 * they need; anywhere else ({@link DemoMode#outsideDevelopment()}) each must change it at the first
 * sign-in, so that a forgotten opt-in leaves no account with a known password behind.
 */
@Component
public class DemoAccounts {

    /** The password of every demo login. */
    public static final String PASSWORD = "shouwang-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final Map<String, String> SECRETARIES = Map.of("上游社区", "shangyou", "锦官驿社区", "jinguanyi");

    private final AccountService accountService;
    private final AccountRepository accounts;
    private final VolunteerRepository volunteers;
    private final DemoMode demoMode;

    public DemoAccounts(AccountService accountService, AccountRepository accounts, VolunteerRepository volunteers,
                        DemoMode demoMode) {
        this.accountService = accountService;
        this.accounts = accounts;
        this.volunteers = volunteers;
        this.demoMode = demoMode;
    }

    @EventListener
    @Transactional
    public void demoDataLoaded(DemoDataLoadedEvent event) {
        List<PlanImportService.ImportResult> communities = event.communities();
        for (PlanImportService.ImportResult community : communities) {
            String username = SECRETARIES.getOrDefault(community.communityName(), "secretary-" + community.communityId());
            create(username, Roles.SECRETARY, community.communityId(), null);
        }
        if (!communities.isEmpty()) {
            long first = communities.get(0).communityId();
            firstWithPhone(first, VolunteerRole.COMMITTEE)
                    .ifPresent(v -> create(v.getPhone(), Roles.COMMITTEE, first, v.getId()));
            firstWithPhone(first, VolunteerRole.VOLUNTEER)
                    .ifPresent(v -> create(v.getPhone(), Roles.VOLUNTEER, first, v.getId()));
        }
        if (demoMode.loadTest()) {
            communities.forEach(community -> everyoneOf(community.communityId()));
        }
    }

    /**
     * For the load benchmark: a login for every volunteer of the community with a phone, with the demo
     * password (to be changed at the first sign-in outside development, as for every demo login). One
     * bcrypt hash serves them all: hundreds of hashes would hold up the start by minutes, and the
     * password is published anyway.
     */
    private void everyoneOf(long communityId) {
        boolean mustChange = demoMode.outsideDevelopment();
        String hash = accountService.hash(PASSWORD);
        int created = 0;
        for (Volunteer volunteer : volunteers.findByCommunityIdOrderByCode(communityId)) {
            String username = volunteer.getPhone() == null ? "" : Usernames.normalize(volunteer.getPhone());
            if (username.isEmpty() || accounts.existsByUsername(username)
                    || accounts.findByVolunteerId(volunteer.getId()).isPresent()) {
                continue;
            }
            String role = volunteer.getRole() == VolunteerRole.COMMITTEE ? Roles.COMMITTEE : Roles.VOLUNTEER;
            accountService.createInitialWithHash(username, hash, mustChange, role, communityId, volunteer.getId());
            created++;
        }
        log.warn("Load-test demo data: {} logins with the published demo password created in community {}",
                created, communityId);
    }

    private Optional<Volunteer> firstWithPhone(long communityId, VolunteerRole role) {
        return volunteers.findByCommunityIdAndRole(communityId, role).stream()
                .filter(v -> v.getPhone() != null && !v.getPhone().isBlank())
                .min(Comparator.comparing(Volunteer::getCode));
    }

    private void create(String username, String role, long communityId, Long volunteerId) {
        String normalized = Usernames.normalize(username);
        if (accounts.existsByUsername(normalized)
                || (volunteerId != null && accounts.findByVolunteerId(volunteerId).isPresent())) {
            return;
        }
        boolean mustChange = demoMode.outsideDevelopment();
        accountService.createInitial(normalized, PASSWORD, mustChange, role, communityId, volunteerId);
        if (mustChange) {
            log.warn("Demo login {} ({}) created: demo data is switched on outside development, not for real use; "
                    + "the login must change its password at the first sign-in", normalized, role);
        } else {
            log.info("Demo login: {} ({}) with password {}", normalized, role, PASSWORD);
        }
    }
}
