package org.shouwang.exposure;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Someone who served at the same time as the person looked up (or, in the second degree, as one of
 * their contacts), with every stretch of time they shared.
 *
 * @param degree 1 for a direct contact, 2 for a contact of a contact
 * @param via    for the second degree, the direct contact they shared time with
 */
public record Contact(long volunteerId, String name, String phone, int degree, String via, List<Together> together) {

    /**
     * One stretch of shared time.
     *
     * @param samePost false when the contact stood at a neighbouring post of the same compound
     */
    public record Together(LocalDateTime from, LocalDateTime to, String compound, String post, boolean samePost) {

        public double hours() {
            return java.time.Duration.between(from, to).toMinutes() / 60.0;
        }
    }

    public double hours() {
        return together.stream().mapToDouble(Together::hours).sum();
    }
}
