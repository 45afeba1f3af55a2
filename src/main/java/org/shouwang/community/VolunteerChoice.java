package org.shouwang.community;

/** A volunteer to pick in a combo box, e.g. the owner of a compound. */
public record VolunteerChoice(long id, String code, String name) {

    /** "王芳 (V001)" */
    public String label() {
        return name + " (" + code + ")";
    }
}
