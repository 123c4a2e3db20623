package io.gatehouse.aws.wire;

import java.nio.charset.StandardCharsets;

/**
 * Writes the XML documents of the AWS query protocol: the response
 * {@code <{Action}Response xmlns="…"><{Action}Result>…</{Action}Result><ResponseMetadata><RequestId>…
 * </RequestId></ResponseMetadata></{Action}Response>} and the {@code <ErrorResponse>}. Text is
 * escaped here and only here: markup characters become entities, a carriage return becomes
 * {@code &#xD;} so the parser keeps it, and characters XML 1.0 cannot carry become U+FFFD.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-query-protocol.html">AWS query protocol</a>
 */
public final class QueryXml {

    public static final String MEDIA_TYPE = "text/xml";

    private QueryXml() {
    }

    /** The successful response of {@code action} in the service's {@code namespace}. */
    public static byte[] response(String action, String namespace, QueryResult result, String requestId) {
        StringBuilder out = new StringBuilder(256);
        out.append('<').append(action).append("Response xmlns=\"");
        escape(out, namespace);
        out.append("\">");
        if (result.present()) {
            element(out, action + "Result", result);
        }
        out.append("<ResponseMetadata>");
        text(out, "RequestId", requestId);
        out.append("</ResponseMetadata></").append(action).append("Response>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] error(QueryError error, String requestId) {
        StringBuilder out = new StringBuilder(256);
        out.append("<ErrorResponse><Error>");
        text(out, "Type", error.type());
        text(out, "Code", error.code());
        text(out, "Message", error.message());
        out.append("</Error>");
        text(out, "RequestId", requestId);
        out.append("</ErrorResponse>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder out, String name, QueryResult structure) {
        out.append('<').append(name).append('>');
        for (QueryResult.Element child : structure.elements()) {
            if (child.structure() != null) {
                element(out, child.name(), child.structure());
            } else {
                text(out, child.name(), child.text());
            }
        }
        out.append("</").append(name).append('>');
    }

    private static void text(StringBuilder out, String name, String value) {
        if (value == null) {
            return;
        }
        out.append('<').append(name).append('>');
        escape(out, value);
        out.append("</").append(name).append('>');
    }

    static void escape(StringBuilder out, String value) {
        value.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#xD;");
                default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
        });
    }

    /** The XML 1.0 {@code Char} production. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
