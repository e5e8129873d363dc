package org.contractsla.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Parsing and writing JSON the way every reader of this package expects it. Thread-safe. */
public final class Json {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /**
     * @param json text
     * @return the document; duplicate keys are refused
     * @throws ConfigException {@code config.error.json.syntax} (with line and column) or
     *                         {@code config.error.json.empty}
     */
    public static JsonNode parse(String json) {
        return PolicyReader.parse(json == null ? "" : json);
    }

    /** @return a fresh object node */
    public static com.fasterxml.jackson.databind.node.ObjectNode object() {
        return PRETTY.createObjectNode();
    }

    /** @return the tree as indented text */
    public static String write(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }
}
