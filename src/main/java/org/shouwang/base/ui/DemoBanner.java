package org.shouwang.base.ui;

import com.vaadin.flow.component.html.Span;
import org.shouwang.base.DemoMode;

import java.util.Optional;

/** The warning on every page (sign-in included) while demo data is switched on outside development. */
public final class DemoBanner extends Span {

    public static final String ID = "demo-data-banner";

    private DemoBanner() {
        super();
        setId(ID);
        setText(getTranslation("app.demo-data.banner"));
        addClassName("sw-demo-banner");
        getElement().setAttribute("role", "alert");
    }

    /** The banner when the mode calls for one. */
    public static Optional<DemoBanner> when(DemoMode mode) {
        return mode.outsideDevelopment() ? Optional.of(new DemoBanner()) : Optional.empty();
    }
}
