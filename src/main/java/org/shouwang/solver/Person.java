package org.shouwang.solver;

/** A volunteer as the solver sees it (plain Java; the solver knows no JPA). */
public class Person {

    private final String code;

    public Person(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
