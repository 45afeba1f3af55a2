package org.shouwang.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.shouwang.duty.DutyService;
import org.shouwang.publish.PublishingService;
import org.shouwang.duty.SeatNeedingCover;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The marks publishing puts on the planner board's seat chips: "changed since published", and the
 * flag of a seat whose volunteer reported leave or sickness, naming who could cover. Load once per
 * board refresh, then {@link #decorate} each chip.
 */
public final class PublishMarkers {

    private final Set<Long> changed;
    private final Map<Long, SeatNeedingCover> needingCover;

    private PublishMarkers(Set<Long> changed, Map<Long, SeatNeedingCover> needingCover) {
        this.changed = changed;
        this.needingCover = needingCover;
    }

    /** The marks of one roster, for the signed-in secretary. */
    public static PublishMarkers load(PublishingService publishing, DutyService duties, long rosterId) {
        return new PublishMarkers(publishing.changedSeatIds(rosterId),
                duties.seatsNeedingCover(rosterId).stream()
                        .collect(Collectors.toMap(SeatNeedingCover::seatId, Function.identity())));
    }

    /** No marks (no roster open). */
    public static PublishMarkers none() {
        return new PublishMarkers(Set.of(), Map.of());
    }

    public Optional<SeatNeedingCover> cover(long seatId) {
        return Optional.ofNullable(needingCover.get(seatId));
    }

    public boolean changed(long seatId) {
        return changed.contains(seatId);
    }

    /** Adds the marks of the seat, if any, to its chip. */
    public void decorate(long seatId, HasComponents chip) {
        if (changed(seatId)) {
            Span mark = new Span(translate(chip, "publish.changed.mark"));
            mark.addClassName("sw-changed-mark");
            mark.getElement().setAttribute("title", translate(chip, "publish.changed.title"));
            mark.getElement().getThemeList().add("badge contrast small");
            chip.add(mark);
        }
        cover(seatId).ifPresent(seat -> chip.add(flag(chip, seat)));
    }

    private static Component flag(HasComponents chip, SeatNeedingCover seat) {
        Span flag = new Span(VaadinIcon.EXCHANGE.create());
        flag.setId("cover-flag-" + seat.seatId());
        flag.addClassName("sw-cover-flag");
        flag.getElement().getThemeList().add("badge error small");
        String names = seat.candidates().isEmpty() ? translate(chip, "publish.cover.nobody")
                : seat.candidates().stream().map(SeatNeedingCover.Candidate::name)
                        .collect(Collectors.joining(translate(chip, "editing.list-separator")));
        String text = translate(chip, "publish.cover.title", seat.absentName(),
                translate(chip, "duty.reason." + seat.reason().name()), names);
        flag.getElement().setAttribute("title", text);
        flag.getElement().setAttribute("aria-label", text);
        return flag;
    }

    private static String translate(HasComponents chip, String key, Object... params) {
        return chip.getElement().getComponent().map(c -> c.getTranslation(key, params)).orElse(key);
    }
}
