package org.shouwang.security;

/** A new password breaks a rule of {@link PasswordPolicy}; the message key says which. */
public class WeakPasswordException extends AccountException {

    public WeakPasswordException(String messageKey) {
        super(messageKey);
    }
}
