package org.shouwang.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The example {@code tiny.json}, changed as a JSON tree: how the tests make a file with one problem. */
public final class TinyPlan {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TinyPlan() {
    }

    /** The file's text after the change. */
    public static String with(Consumer<ObjectNode> change) {
        try (InputStream in = TinyPlan.class.getResourceAsStream("/examples/tiny.json")) {
            ObjectNode doc = (ObjectNode) MAPPER.readTree(in);
            change.accept(doc);
            return MAPPER.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
