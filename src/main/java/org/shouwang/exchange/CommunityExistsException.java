package org.shouwang.exchange;

/** An import would create a community whose name is taken; importing with {@link ImportMode#REPLACE} replaces it. */
public class CommunityExistsException extends RuntimeException {

    private final String name;

    public CommunityExistsException(String name) {
        super("A community named \"" + name + "\" exists already; import it with REPLACE to replace its data");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
