package org.shouwang.volunteer;

/** A save refused because another volunteer of the community has the phone number; names them. */
public class PhoneTakenException extends RuntimeException {

    private final String phone;
    private final String otherCode;
    private final String otherName;

    public PhoneTakenException(String phone, String otherCode, String otherName) {
        super("The phone " + phone + " belongs to volunteer " + otherCode + " already");
        this.phone = phone;
        this.otherCode = otherCode;
        this.otherName = otherName;
    }

    public String phone() {
        return phone;
    }

    public String otherCode() {
        return otherCode;
    }

    public String otherName() {
        return otherName;
    }
}
