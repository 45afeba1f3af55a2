package org.shouwang.cover.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.cover.CoverFixture;
import org.shouwang.cover.CoverService;
import org.shouwang.duty.Duty;
import org.shouwang.duty.DutyService;
import org.shouwang.duty.ui.MyDutiesView;
import org.shouwang.roster.Assignment;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Call for cover on My duties: the open seats with "I'll take it", and "I can't make it" on a duty. */
class MyDutiesCoverTest extends KaribuTest {

    @Autowired
    CoverService cover;
    @Autowired
    DutyService duties;

    CoverFixture f;
    Volunteer wang;
    Volunteer li;
    Volunteer zhao;
    Volunteer member;
    Assignment liSeat;
    Assignment empty;

    @BeforeEach
    void setUp() {
        f = new CoverFixture(ctx);
        wang = f.volunteer("王芳");
        li = f.volunteer("李强");
        zhao = f.volunteer("赵敏");
        member = f.volunteer("刘委员");
        liSeat = f.seat(f.north, 0, li);
        empty = f.seat(f.north, 1, null);
        f.publish();
        cover.offer(empty.getId());
        TestUsers.signOut();
    }

    private void openAs(String role, Volunteer volunteer) {
        login(role, f.communityId(), volunteer.getId());
        UI.getCurrent().navigate(MyDutiesView.class);
    }

    private static Button takeButton() {
        return _get(Button.class, b -> b.withClasses("sw-take"));
    }

    @Test
    void a_volunteer_sees_an_open_seat_with_its_team_and_takes_it() {
        openAs(Roles.VOLUNTEER, wang);

        String open = get_textRecursively(_get(Div.class, d -> d.withId("cover-open")));
        assertThat(open).contains("可以顶的班").contains("08:00–12:00").contains("堰山和畔 · 北门").contains("李强");
        _click(takeButton());

        assertThat(NotificationsKt.getNotifications()).extracting(Notification::getElement)
                .anySatisfy(n -> assertThat(n.getProperty("text")).contains("这一班归你了"));
        assertThat(_find(Div.class, d -> d.withId("cover-open"))).as("no open seats left: the list hides").isEmpty();
        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("duty-next-where")))).contains("北门");
        TestUsers.signIn(Roles.VOLUNTEER, f.communityId(), wang.getId());
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(empty.getId());
    }

    @Test
    void a_committee_member_takes_open_seats_on_their_duties_page_too() {
        openAs(Roles.COMMITTEE, member);

        _click(takeButton());

        TestUsers.signIn(Roles.COMMITTEE, f.communityId(), member.getId());
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(empty.getId());
    }

    @Test
    void a_seat_someone_else_takes_disappears_live_and_a_late_click_is_told_it_is_gone() throws Exception {
        openAs(Roles.VOLUNTEER, wang);
        Button take = takeButton();
        long offerId = Long.parseLong(take.getId().orElseThrow().substring("cover-take-".length()));

        // 赵敏 takes it on her phone (another thread, another sign-in).
        CompletableFuture.runAsync(() -> {
            TestUsers.signIn(Roles.VOLUNTEER, f.communityId(), zhao.getId());
            try {
                assertThat(cover.take(offerId).taken()).isTrue();
            } finally {
                TestUsers.signOut();
            }
        }).get();
        // Before the page hears of it, 王芳 still clicks.
        _click(take);
        assertThat(NotificationsKt.getNotifications()).extracting(Notification::getElement)
                .anySatisfy(n -> assertThat(n.getProperty("text")).contains("已经有人先接了这一班"));
        // The card stays, saying so, without its button.
        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("cover-gone-" + offerId))))
                .contains("这一班已被别人接走");
        assertThat(_find(Button.class, b -> b.withClasses("sw-take"))).isEmpty();

        // And an open page learns of a take by push.
        Assignment east = f.seat(f.east, 0, null);
        f.publish();
        cover.offer(east.getId());
        login(Roles.VOLUNTEER, f.communityId(), wang.getId());
        UI.getCurrent().navigate(MyDutiesView.class);
        long eastOffer = Long.parseLong(takeButton().getId().orElseThrow().substring("cover-take-".length()));
        CompletableFuture.runAsync(() -> {
            // 赵敏 holds the north gate now, at the same time: 刘委员 takes the east gate.
            TestUsers.signIn(Roles.VOLUNTEER, f.communityId(), member.getId());
            try {
                assertThat(cover.take(eastOffer).taken()).isTrue();
            } finally {
                TestUsers.signOut();
            }
        }).get();
        // The open card turns into a note that someone else took it.
        awaitUi(() -> !_find(Div.class, d -> d.withId("cover-gone-" + eastOffer)).isEmpty());
        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("cover-gone-" + eastOffer))))
                .contains("东门").contains("这一班已被别人接走");
        assertThat(_find(Button.class, b -> b.withClasses("sw-take"))).isEmpty();
    }

    @Test
    void a_seat_withdrawn_while_the_page_is_open_says_it_is_no_longer_offered() throws Exception {
        openAs(Roles.VOLUNTEER, wang);
        long offerId = Long.parseLong(takeButton().getId().orElseThrow().substring("cover-take-".length()));

        CompletableFuture.runAsync(() -> {
            TestUsers.signIn(Roles.SECRETARY, f.communityId(), null);
            try {
                cover.withdraw(offerId);
            } finally {
                TestUsers.signOut();
            }
        }).get();

        awaitUi(() -> !_find(Div.class, d -> d.withId("cover-gone-" + offerId)).isEmpty());
        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("cover-gone-" + offerId))))
                .contains("这一班已不再招募");
        assertThat(_find(Button.class, b -> b.withClasses("sw-take"))).isEmpty();
    }

    @Test
    void a_volunteer_gives_a_duty_back_with_a_reason_and_keeps_it_after_all() {
        openAs(Roles.VOLUNTEER, li);

        _click(_get(Button.class, b -> b.withId("cover-give-back-" + liSeat.getId())));
        _click(_get(Button.class, b -> b.withId("cover-give-back-send")));
        assertThat(_get(TextArea.class, t -> t.withId("cover-give-back-reason")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, t -> t.withId("cover-give-back-reason")), "家里有事");
        _click(_get(Button.class, b -> b.withId("cover-give-back-send")));

        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("duty-next")))).contains("正在招募顶班");
        TestUsers.signIn(Roles.VOLUNTEER, f.communityId(), wang.getId());
        assertThat(cover.openForMe()).extracting(s -> s.assignmentId()).contains(liSeat.getId());

        login(Roles.VOLUNTEER, f.communityId(), li.getId());
        UI.getCurrent().navigate(MyDutiesView.class);
        _click(_get(Button.class, b -> b.withClasses("sw-keep-duty")));
        assertThat(_find(Button.class, b -> b.withId("cover-give-back-" + liSeat.getId()))).hasSize(1);
        TestUsers.signIn(Roles.VOLUNTEER, f.communityId(), wang.getId());
        assertThat(cover.openForMe()).extracting(s -> s.assignmentId()).doesNotContain(liSeat.getId());
    }

    @Test
    void a_volunteer_without_open_seats_sees_no_list() {
        openAs(Roles.VOLUNTEER, li);

        assertThat(_find(Div.class, d -> d.withId("cover-open"))).isEmpty();
        assertThat(_find(Button.class, b -> b.withClasses("sw-take"))).isEmpty();
    }

    /** Lets the pushes of other threads reach the mock UI until the condition holds. */
    private static void awaitUi(BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the page").isBefore(giveUp);
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
    }
}
