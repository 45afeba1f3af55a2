package org.shouwang.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.shouwang.base.DemoMode;

/**
 * The frame of every signed-in page: the app name, the navigation built from the views' {@code @Menu}
 * (so this package knows no feature), a language switch, and slots that features fill in
 * ({@link #addToHeader}), and the {@link DemoBanner} when demo data is on outside development.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final HorizontalLayout header = new HorizontalLayout();

    public MainLayout(DemoMode demoMode) {
        setPrimarySection(Section.DRAWER);
        H1 title = new H1(getTranslation("app.name"));
        // The title takes only the room the controls leave (the theme's sw-app-title): none on a phone.
        title.addClassName("sw-app-title");
        header.addClassName("sw-header");
        // Gaps come from the theme: narrower on a phone.
        header.setSpacing(false);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        DrawerToggle toggle = new DrawerToggle();
        // Vaadin's own label is English ("Toggle navigation panel"), also on a Chinese page.
        toggle.setAriaLabel(getTranslation("app.menu-toggle"));
        header.add(toggle, title);
        header.setFlexGrow(1, title);
        DemoBanner.when(demoMode).ifPresent(header::add);
        header.add(new LanguageSwitch());
        addToNavbar(header);
        addToDrawer(createNavigation());
    }

    /** Lets a feature put a control (community chooser, sign-out) into the top bar. */
    public void addToHeader(Component component) {
        header.addComponentAtIndex(header.getComponentCount() - 1, component);
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new SvgIcon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
