package io.gatehouse.iam.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader for policy documents, so the engine needs no JSON library: the top level
 * must be an object, keys must be unique, nesting is limited to {@value #MAX_DEPTH} levels and
 * nothing may follow the document. Objects remember where they start and end for the simulator's
 * statement positions. Values are {@link Node} (objects), {@link List}, {@link String},
 * {@link JsonNumber} (lexical), {@link Boolean} and {@link #NULL}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8259">RFC 8259</a>
 */
final class PolicyJson {

    static final int MAX_DEPTH = 32;
    static final Object NULL = new Object();

    /** A JSON object with its members in document order and its offsets in the text. */
    record Node(Map<String, Object> members, int start, int end) {
    }

    /** A JSON number as written. */
    record JsonNumber(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final String text;
    private int pos;

    private PolicyJson(String text) {
        this.text = text;
    }

    /** Reads {@code text}, which must be one JSON object. */
    static Node parse(String text) {
        PolicyJson reader = new PolicyJson(text);
        reader.skipWhitespace();
        if (reader.peek() != '{') {
            throw reader.error("the policy document must be a JSON object");
        }
        Node node = reader.object(1);
        reader.skipWhitespace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected text after the end of the document");
        }
        return node;
    }

    private Object value(int depth) {
        skipWhitespace();
        char c = peek();
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw error("unexpected character");
            }
        };
    }

    private Node object(int depth) {
        checkDepth(depth);
        int start = pos;
        pos++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new Node(Collections.unmodifiableMap(members), start, pos);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a quoted key");
            }
            int keyAt = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            Object value = value(depth);
            if (members.putIfAbsent(key, value) != null) {
                pos = keyAt;
                throw error("duplicate key \"" + key + "\"");
            }
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == '}') {
                pos++;
                return new Node(Collections.unmodifiableMap(members), start, pos);
            } else {
                throw error("expected , or }");
            }
        }
    }

    private List<Object> array(int depth) {
        checkDepth(depth);
        pos++;
        List<Object> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            items.add(value(depth));
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == ']') {
                pos++;
                return Collections.unmodifiableList(items);
            } else {
                throw error("expected , or ]");
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char escape = text.charAt(pos++);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> throw error("invalid escape \\" + escape);
            }
        }
    }

    private char unicodeEscape() {
        if (pos + 4 > text.length()) {
            throw error("invalid \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos++), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            value = value << 4 | digit;
        }
        return (char) value;
    }

    private JsonNumber number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else {
            digits();
        }
        if (peek() == '.') {
            pos++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            digits();
        }
        return new JsonNumber(text.substring(start, pos));
    }

    private void digits() {
        int start = pos;
        while (peek() >= '0' && peek() <= '9') {
            pos++;
        }
        if (pos == start) {
            throw error("invalid number");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected " + c);
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private MalformedPolicyException error(String problem) {
        Position at = Position.of(text, pos);
        return new MalformedPolicyException("Policy is not valid JSON: " + problem + " at line " + at.line()
                + ", column " + at.column());
    }
}
