package org.shouwang.roster;

/** A seat was to be given to a volunteer code that the seat's community does not have. */
public class UnknownVolunteerException extends IllegalArgumentException {

    private final String code;

    public UnknownVolunteerException(String code) {
        super("No volunteer " + code + " in this community");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
