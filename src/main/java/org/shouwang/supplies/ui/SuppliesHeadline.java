package org.shouwang.supplies.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.shouwang.supplies.SuppliesService;

import java.time.format.DateTimeFormatter;

/**
 * The forecast's headline for the overview ("masks last until 12/9"), linking to the forecast; nothing
 * when there is no current roster.
 */
public class SuppliesHeadline extends Span {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M/d");

    public SuppliesHeadline(SuppliesService supplies, long communityId) {
        setId("overview-supplies");
        supplies.headline(communityId).ifPresent(h -> {
            String text = h.masksLastUntil() == null
                    ? getTranslation("supplies.headline.enough", SHORT.format(h.rosterEnds()))
                    : getTranslation("supplies.headline.until", SHORT.format(h.masksLastUntil()), h.compound());
            RouterLink link = new RouterLink(text, SuppliesView.class);
            if (h.masksLastUntil() != null) {
                link.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            add(link);
        });
    }
}
