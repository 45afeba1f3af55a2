package org.shouwang.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One browser tab of a Vaadin Flow 24 app, spoken to as Vaadin's own client does: the UI is created by
 * the init request ({@code ?v-r=init}), whose answer carries the UI id, the security key (Vaadin's CSRF
 * token), the sync id and the node that listens for navigation; each message after it ({@code ?v-r=uidl})
 * sends events and property changes, counted by the client id that the server expects next, and gets
 * back the changes to the page. Answers that say the session expired or an error happened are failures.
 */
public final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UNSAFE_PREFIX = "for(;;);";

    private final Browser browser;
    private final int uiId;
    private final String securityKey;
    private final int navigationNode;
    private int syncId;
    private int clientId;

    private VaadinUi(Browser browser, int uiId, String securityKey, int syncId, int navigationNode) {
        this.browser = browser;
        this.uiId = uiId;
        this.securityKey = securityKey;
        this.syncId = syncId;
        this.navigationNode = navigationNode;
    }

    /** The init request that the page's bootstrap script sends for the route {@code location}. */
    public static VaadinUi init(Browser browser, String location, String query) throws IOException, InterruptedException {
        Browser.Response init = browser.get("?v-r=init&location=" + encode(location) + "&query=" + encode(query));
        if (init.status() != 200) {
            throw new ProtocolException("init of " + location + ": HTTP " + init.status());
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        int navigation = -1;
        for (JsonNode change : uidl.path("changes")) {
            if ("ui-navigate".equals(change.path("key").asText())) {
                navigation = change.path("node").asInt();
            }
        }
        if (!config.has("v-uiId") || navigation < 0) {
            throw new ProtocolException("init of " + location + " without a UI: " + abbreviate(init.body()));
        }
        return new VaadinUi(browser, config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asText(),
                uidl.path("syncId").asInt(), navigation);
    }

    /** The router navigation the client sends after the init, or when a link is followed. */
    public JsonNode navigate(String route, String query) throws IOException, InterruptedException {
        ObjectNode data = NODES.objectNode();
        data.put("route", "/" + route.replaceFirst("^/", ""));
        data.put("query", query);
        data.put("appShellTitle", "");
        data.set("historyState", NODES.objectNode().put("idx", 0));
        data.put("trigger", "");
        return send(event(navigationNode, "ui-navigate", data));
    }

    /** A click on the element of that node, as a button's click listener receives it. */
    public JsonNode click(int node) throws IOException, InterruptedException {
        ObjectNode data = NODES.objectNode();
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.button")) {
            data.put(key, 0);
        }
        data.put("event.detail", 1);
        for (String key : List.of("event.shiftKey", "event.ctrlKey", "event.altKey", "event.metaKey")) {
            data.put(key, false);
        }
        return send(event(node, "click", data));
    }

    /** A field's new value, as its element reports it on the {@code change} event. */
    public JsonNode setValue(int node, String value) throws IOException, InterruptedException {
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        ArrayNode rpc = NODES.arrayNode().add(sync).add(event(node, "change", NODES.objectNode()).get(0));
        return send(rpc);
    }

    /** What the browser sends (a beacon) when the page is left: the server closes the UI. */
    public void unload() throws IOException, InterruptedException {
        ObjectNode message = message(NODES.arrayNode());
        message.put("UNLOAD", true);
        browser.postJson(uidlPath(), JSON.writeValueAsString(message));
    }

    /** Sends one message and returns the server's answer (its changes, meta and so on). */
    public JsonNode send(ArrayNode rpc) throws IOException, InterruptedException {
        Browser.Response response = browser.postJson(uidlPath(), JSON.writeValueAsString(message(rpc)));
        if (response.status() != 200) {
            throw new ProtocolException("UIDL answered HTTP " + response.status());
        }
        String raw = response.body().startsWith(UNSAFE_PREFIX) ? response.body().substring(UNSAFE_PREFIX.length())
                : response.body();
        JsonNode answer = JSON.readTree(raw);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        JsonNode meta = answer.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired")) {
            throw new ProtocolException("UIDL answered " + abbreviate(raw));
        }
        syncId = answer.path("syncId").asInt(syncId);
        // The server says which message it expects next.
        clientId = answer.has("clientId") ? answer.path("clientId").asInt() : clientId + 1;
        return answer;
    }

    /** The node of the element with that id attribute among an answer's changes. */
    public static OptionalInt nodeWithId(JsonNode answer, String id) {
        for (JsonNode change : answer.path("changes")) {
            if ("id".equals(change.path("key").asText()) && id.equals(change.path("value").asText())) {
                return OptionalInt.of(change.path("node").asInt());
            }
        }
        return OptionalInt.empty();
    }

    /** The texts an answer puts on the page (text nodes), in order, trimmed, blank ones left out. */
    public static List<String> texts(JsonNode answer) {
        List<String> texts = new ArrayList<>();
        for (JsonNode change : answer.path("changes")) {
            JsonNode value = change.path("value");
            if ("text".equals(change.path("key").asText()) && value.isTextual() && !value.asText().isBlank()) {
                texts.add(value.asText().strip());
            }
        }
        return texts;
    }

    private ObjectNode message(ArrayNode rpc) {
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message;
    }

    private static ArrayNode event(int node, String name, ObjectNode data) {
        ObjectNode event = NODES.objectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return NODES.arrayNode().add(event);
    }

    private String uidlPath() {
        return "?v-r=uidl&v-uiId=" + uiId;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** The app answered otherwise than a browser's client expects. */
    public static final class ProtocolException extends IOException {
        public ProtocolException(String message) {
            super(message);
        }
    }
}
