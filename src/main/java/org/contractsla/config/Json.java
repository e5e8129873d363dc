package org.contractsla.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Parsing and writing JSON the way every reader of this package expects it. Thread-safe. */
public final class Json {

    /**
     * How deep a document may nest. The formats here nest seven levels at most (a simulate body's policy down to
     * a goal); far deeper documents only cost memory and stack.
     */
    public static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper READER = new ObjectMapper(FACTORY);
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /**
     * @param json text; a leading byte-order mark is skipped
     * @return the document
     * @throws ConfigException {@code config.error.json.syntax} (with line and column), {@code config.error.json.empty},
     *                         {@code config.error.json.depth} (deeper than {@link #MAX_DEPTH}) or
     *                         {@code config.error.json.duplicateKey} (at the path of the second one)
     */
    public static JsonNode parse(String json) {
        String text = json == null ? "" : json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonParser parser;
        try {
            parser = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
        try (parser) {
            JsonNode node = READER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new ConfigException("", "config.error.json.empty", List.of());
            }
            if (parser.nextToken() != null) { // text after the document is not part of it
                throw syntax(parser.currentLocation());
            }
            return node;
        } catch (StreamConstraintsException e) { // too deep, or a number or text longer than Jackson reads
            if (parser.getParsingContext().getNestingDepth() >= MAX_DEPTH) {
                throw new ConfigException("", "config.error.json.depth", List.of(MAX_DEPTH));
            }
            throw syntax(parser.currentLocation());
        } catch (JsonProcessingException e) {
            if (e.getProcessor() instanceof JsonParser && e.getOriginalMessage().startsWith("Duplicate field")) {
                JsonStreamContext context = ((JsonParser) e.getProcessor()).getParsingContext();
                throw new ConfigException(path(context), "config.error.json.duplicateKey",
                        List.of(context.getCurrentName(), e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
            }
            throw syntax(e.getLocation());
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }

    private static ConfigException syntax(com.fasterxml.jackson.core.JsonLocation where) {
        long line = where == null ? 0 : where.getLineNr();
        long column = where == null ? 0 : where.getColumnNr();
        return new ConfigException("", "config.error.json.syntax", List.of(line, column));
    }

    /** @return the path of the parser's place in the form error messages use, such as {@code plans[1].id} */
    private static String path(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            steps.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            path.append(step.startsWith("[") || path.length() == 0 ? "" : ".").append(step);
        }
        return path.toString();
    }

    /**
     * @param bytes a file's content
     * @return its text, a leading byte-order mark included (as {@link #parse} skips it)
     * @throws ConfigException {@code config.error.json.encoding} with the place of the first byte that is not UTF-8,
     *                         counted from 1
     */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ConfigException("", "config.error.json.encoding", List.of(in.position() + 1)); // counted from 1
        }
        return out.flip().toString();
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
