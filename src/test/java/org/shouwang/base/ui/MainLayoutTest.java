package org.shouwang.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.DemoMode;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.security.ui.ChangePasswordView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends KaribuTest {

    @Test
    void the_menu_button_is_named_for_screen_readers_in_the_users_language() {
        login(Roles.SECRETARY, 1L, null);
        UI.getCurrent().navigate(ChangePasswordView.class);
        // Not Vaadin's English "Toggle navigation panel" on a Chinese page.
        assertThat(_get(DrawerToggle.class).getAriaLabel()).contains("显示或隐藏菜单");

        // The layout of a page opened in English (the UI keeps the one it has while navigating).
        UI.getCurrent().setLocale(Translations.ENGLISH);
        MainLayout english = new MainLayout(ctx.getBean(DemoMode.class));
        assertThat(_get(english, DrawerToggle.class).getAriaLabel()).contains("Show or hide the menu");
    }
}
