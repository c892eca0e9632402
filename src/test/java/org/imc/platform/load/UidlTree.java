package org.imc.platform.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the element tree out of one UIDL response (its {@code changes}): which state node has
 * which tag, which text, and which parent. Enough to find "the vaadin-button whose text is
 * Enrol" the way a person finds it on the screen, instead of hard-coding a node id.
 * <p>
 * Feature ids of Flow's state tree used here: 0 element data (tag), 2 children, 3 attributes,
 * 7 text node.
 */
final class UidlTree {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FEAT_ELEMENT_DATA = 0;
    private static final int FEAT_CHILDREN = 2;
    private static final int FEAT_ATTRIBUTES = 3;
    private static final int FEAT_TEXT = 7;

    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, Integer> parents = new HashMap<>();
    private final Map<Integer, Map<String, String>> attributes = new HashMap<>();

    private UidlTree() {}

    static UidlTree parse(String response) {
        UidlTree tree = new UidlTree();
        try {
            JsonNode root = JSON.readTree(response);
            for (JsonNode change : root.path("changes")) {
                int node = change.path("node").asInt();
                int feat = change.path("feat").asInt(-1);
                String type = change.path("type").asText();
                if ("put".equals(type)
                        && feat == FEAT_ELEMENT_DATA
                        && "tag".equals(change.path("key").asText())) {
                    tree.tags.put(node, change.path("value").asText());
                } else if ("put".equals(type)
                        && feat == FEAT_TEXT
                        && "text".equals(change.path("key").asText())) {
                    tree.texts.put(node, change.path("value").asText());
                } else if ("put".equals(type)
                        && feat == FEAT_ATTRIBUTES
                        && change.path("value").isTextual()) {
                    tree.attributes
                            .computeIfAbsent(node, n -> new HashMap<>())
                            .put(
                                    change.path("key").asText(),
                                    change.path("value").asText());
                } else if ("splice".equals(type) && feat == FEAT_CHILDREN) {
                    for (JsonNode child : change.path("addNodes")) {
                        tree.parents.put(child.asInt(), node);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("not a UIDL response: " + e.getMessage(), e);
        }
        return tree;
    }

    /** The nearest element with {@code tag} above a text node whose text is {@code text} (trimmed). */
    Optional<Integer> elementWithText(String tag, String text) {
        for (Map.Entry<Integer, String> entry : texts.entrySet()) {
            if (!entry.getValue().trim().equals(text)) {
                continue;
            }
            Integer node = entry.getKey();
            for (int depth = 0; node != null && depth < 20; depth++) {
                if (tag.equals(tags.get(node))) {
                    return Optional.of(node);
                }
                node = parents.get(node);
            }
        }
        return Optional.empty();
    }

    /** The first element with {@code tag} whose attribute {@code attribute} is {@code value} (e.g. a field's name). */
    Optional<Integer> elementWithAttribute(String tag, String attribute, String value) {
        return attributes.entrySet().stream()
                .filter(e -> tag.equals(tags.get(e.getKey()))
                        && value.equals(e.getValue().get(attribute)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** A flat JSON object: one grid row's values as a data communicator sends them. */
    private static final Pattern ROW = Pattern.compile("\\{[^{}]*\\}");

    /**
     * A value that a grid's Lit-rendered cell ({@code GridCells}) received for the row whose
     * {@code text} value reads {@code text}: e.g. the {@code href} of the link that reads a
     * course's title. The rows are in the response's data-communicator calls, not in the tree.
     */
    static Optional<String> gridValueOfRowWithText(String response, String text, String property) {
        Pattern textValue = Pattern.compile("\"lr_[0-9a-f]+_text\":" + Pattern.quote(quoted(text)));
        Pattern wanted = Pattern.compile("\"lr_[0-9a-f]+_" + Pattern.quote(property) + "\":\"([^\"]*)\"");
        Matcher rows = ROW.matcher(response == null ? "" : response);
        while (rows.find()) {
            String row = rows.group();
            if (textValue.matcher(row).find()) {
                Matcher value = wanted.matcher(row);
                if (value.find()) {
                    return Optional.of(value.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
