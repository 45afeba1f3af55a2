package org.shouwang.security;

/** An account action that cannot be done as asked; the message is a translation key for the user. */
public class AccountException extends RuntimeException {

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
