package org.shouwang.security;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.security.ui.ChangePasswordView;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 360 px phone's top bar has no room for the sign-out button beside the user's menu, the language
 * switch and (for a district admin) the community chooser: the theme hides the button there
 * ({@code sw-sign-out}) and shows the menu's icon only, so the menu itself must offer sign-out; the
 * chooser takes the room that is left ({@code sw-community-chooser}).
 */
class TopBarOnAPhoneTest extends KaribuTest {

    @Test
    void the_users_menu_signs_out_as_the_button_does_where_a_phone_hides_the_button() {
        Community community = new SecurityFixtures(ctx).community();
        login(Roles.VOLUNTEER, community.getId(), 1L);
        UI.getCurrent().navigate(ChangePasswordView.class);
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getClassNames()).contains("sw-sign-out");

        MenuBar menu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        assertThat(menu.getI18n().getMoreOptions()).as("its overflow button, for screen readers").isEqualTo("更多选项");
        assertThat(menu.getItems().get(0).getSubMenu().getItems())
                .filteredOn(item -> item.getId().filter("user-menu-sign-out"::equals).isPresent())
                .singleElement().extracting(item -> item.getText()).isEqualTo("退出登录");
        ContextMenuKt._clickItemWithID(menu, "user-menu-sign-out");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out").isNull();
    }

    @Test
    void a_district_admins_community_chooser_takes_the_room_the_phones_top_bar_leaves() {
        new SecurityFixtures(ctx).community();
        new SecurityFixtures(ctx).community();
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ChangePasswordView.class);

        assertThat(_get(Select.class, spec -> spec.withId("community-chooser")).getClassNames())
                .contains("sw-community-chooser");
    }
}
