package org.shouwang.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name shown on one line (on pages, in calendars, as a sheet name in Excel): no control characters,
 * no line breaks or tabs. Forms check it through this annotation, imports through {@link Check#isPlain}:
 * one rule for both. {@link Check#flatten} makes an older stored value safe where it must be.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{validation.plain-text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule itself, for Bean Validation and for everyone else. */
    final class Check implements ConstraintValidator<PlainText, CharSequence> {

        /** Whether the text has no control character (Unicode Cc: C0, DEL, C1); {@code null} counts as plain. */
        public static boolean isPlain(CharSequence text) {
            return text == null || text.chars().noneMatch(Character::isISOControl);
        }

        /** The text with each run of control characters replaced by one space. */
        public static String flatten(String text) {
            return text == null ? null : text.replaceAll("[\\p{Cntrl}\\x{80}-\\x{9F}]+", " ");
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return isPlain(value);
        }
    }
}
