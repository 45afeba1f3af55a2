package org.shouwang.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Set;

/** Services check a form again before saving it: the view is not the only caller. */
public final class FormChecks {

    private FormChecks() {
    }

    /**
     * @param crossFieldProblems translation keys of broken rules that span several fields
     * @throws ConstraintViolationException when a field breaks its own constraint
     * @throws IllegalArgumentException     with the first cross-field problem's key as its message
     */
    public static <T> void requireValid(Validator validator, T form, List<String> crossFieldProblems) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!crossFieldProblems.isEmpty()) {
            throw new IllegalArgumentException(crossFieldProblems.get(0));
        }
    }
}
