package org.shouwang.security;

import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Communities, volunteers and accounts with names no other test uses. A plain object, not a bean: an
 * extra bean would give its tests a Spring context of their own.
 */
class SecurityFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final CommunityRepository communities;
    private final VolunteerRepository volunteers;
    private final AccountService accountService;

    SecurityFixtures(org.springframework.context.ApplicationContext ctx) {
        this(ctx.getBean(CommunityRepository.class), ctx.getBean(VolunteerRepository.class), ctx.getBean(AccountService.class));
    }

    SecurityFixtures(CommunityRepository communities, VolunteerRepository volunteers, AccountService accountService) {
        this.communities = communities;
        this.volunteers = volunteers;
        this.accountService = accountService;
    }

    Community community() {
        return communities.save(new Community("测试社区-" + NEXT.incrementAndGet()));
    }

    /** A volunteer with a unique phone number in the usual spelling with spaces. */
    Volunteer volunteer(Community community, VolunteerRole role) {
        int n = NEXT.incrementAndGet();
        Volunteer volunteer = new Volunteer(community, "V" + n, "志愿者" + n, role);
        volunteer.setPhone(String.format("139 %04d %04d", n / 10_000 % 10_000, n % 10_000));
        return volunteers.save(volunteer);
    }

    /** A stored account with a known password that needs no change. */
    Account account(String role, Long communityId, Long volunteerId, String password) {
        return accountService.createInitial("user" + NEXT.incrementAndGet(), password, false, role, communityId, volunteerId);
    }
}
