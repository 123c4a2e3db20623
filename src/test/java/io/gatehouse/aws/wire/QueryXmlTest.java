package io.gatehouse.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.auth.sigv4.SigV4Exception;
import io.gatehouse.auth.sigv4.SigV4Failure;
import io.gatehouse.core.GatehouseException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The query protocol's XML documents: shapes, escaping, and the error names and statuses. */
class QueryXmlTest {

    private static final String NS = "https://iam.amazonaws.com/doc/2010-05-08/";

    @Test
    void responseWhenResultThenActionResultAndMetadata() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("team", "id");
        QueryResult result = QueryResult.of()
                .add("User", QueryResult.of().add("UserName", "bob").add("CreateDate", Instant.parse("2026-11-28T06:57:12.345Z")))
                .addStrings("Names", List.of("a", "b"))
                .addTags("Tags", tags)
                .add("IsTruncated", false)
                .add("Marker", (String) null);

        assertThat(xml(QueryXml.response("GetUser", NS, result, "req-1"))).isEqualTo(
                "<GetUserResponse xmlns=\"" + NS + "\"><GetUserResult>"
                        + "<User><UserName>bob</UserName><CreateDate>2026-11-28T06:57:12Z</CreateDate></User>"
                        + "<Names><member>a</member><member>b</member></Names>"
                        + "<Tags><member><Key>team</Key><Value>id</Value></member></Tags>"
                        + "<IsTruncated>false</IsTruncated></GetUserResult>"
                        + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetUserResponse>");
    }

    @Test
    void responseWhenNoneThenOnlyMetadata() {
        assertThat(xml(QueryXml.response("DeleteUser", NS, QueryResult.none(), "r"))).isEqualTo(
                "<DeleteUserResponse xmlns=\"" + NS + "\"><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"
                        + "</DeleteUserResponse>");
    }

    @Test
    void responseWhenTextHasMarkupControlAndCarriageReturnThenEscapedAndParsesBack() throws Exception {
        String value = "a<b>&\"c'\r\nd\u0000e\uD83D\uDE00";
        byte[] body = QueryXml.response("GetUser", NS, QueryResult.of().add("Description", value), "r");

        assertThat(xml(body)).contains("<Description>a&lt;b&gt;&amp;&quot;c&apos;&#xD;\nd\uFFFDe\uD83D\uDE00</Description>");
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body));
        assertThat(parsed.getElementsByTagName("Description").item(0).getTextContent())
                .isEqualTo("a<b>&\"c'\r\nd\uFFFDe\uD83D\uDE00");
    }

    @Test
    void resultWhenElementNameNotXmlThenRejected() {
        assertThatThrownBy(() -> QueryResult.of().add("a b", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryResult.none().add("A", "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void errorWhenClientErrorThenSenderWithStatus() {
        QueryError error = QueryError.of(new GatehouseException(QueryWireError.VALIDATION_ERROR, "bad <input>"));

        assertThat(error.status()).isEqualTo(400);
        assertThat(xml(QueryXml.error(error, "r"))).isEqualTo("<ErrorResponse><Error><Type>Sender</Type>"
                + "<Code>ValidationError</Code><Message>bad &lt;input&gt;</Message></Error>"
                + "<RequestId>r</RequestId></ErrorResponse>");
    }

    @Test
    void errorWhenServerErrorThenReceiver() {
        QueryError error = QueryError.of(new GatehouseException(WireError.INTERNAL_ERROR, "x"));

        assertThat(error).isEqualTo(new QueryError("InternalFailure", "x", 500));
        assertThat(error.type()).isEqualTo("Receiver");
    }

    @Test
    void errorWhenSigV4FailureThenIamAndStsNames() {
        assertThat(sigv4(SigV4Failure.MISSING_AUTHENTICATION)).isEqualTo(new QueryError("MissingAuthenticationToken", "m", 403));
        assertThat(sigv4(SigV4Failure.MALFORMED_AUTHORIZATION)).isEqualTo(new QueryError("IncompleteSignature", "m", 400));
        assertThat(sigv4(SigV4Failure.UNSUPPORTED_ALGORITHM)).isEqualTo(new QueryError("IncompleteSignature", "m", 400));
        assertThat(sigv4(SigV4Failure.UNKNOWN_ACCESS_KEY)).isEqualTo(new QueryError("InvalidClientTokenId", "m", 403));
        assertThat(sigv4(SigV4Failure.SIGNATURE_MISMATCH)).isEqualTo(new QueryError("SignatureDoesNotMatch", "m", 403));
        assertThat(sigv4(SigV4Failure.REQUEST_EXPIRED)).isEqualTo(new QueryError("SignatureDoesNotMatch", "m", 403));
        assertThat(sigv4(SigV4Failure.PAYLOAD_HASH_MISMATCH)).isEqualTo(new QueryError("SignatureDoesNotMatch", "m", 403));
    }

    @Test
    void errorWhenJsonProtocolCodeThenQueryName() {
        assertThat(QueryError.of(new GatehouseException(WireError.REQUEST_TOO_LARGE, "big")))
                .isEqualTo(new QueryError("RequestEntityTooLarge", "big", 413));
    }

    private static QueryError sigv4(SigV4Failure failure) {
        return QueryError.of(new SigV4Exception(failure, "m"));
    }

    private static String xml(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
