package io.gatehouse.auth.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Negative and round-trip tests of {@link SigV4Verifier} over requests signed by the AWS SDK for
 * Java v2 ({@link TestRequests}); every credential and input defect has its own test.
 */
class SigV4VerifierTest {

    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final Instant NOW = TestRequests.SIGNED_AT;
    private static final String SIG = "abababababababababababababababababababababababababababababababab";
    private static final String OTHER_SIG = "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd";
    private static final String CRED =
            "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLEVECTORS01/20261128/us-east-1/gatehouse/aws4_request";
    private static final Pattern HEX_SIGNATURE = Pattern.compile("[0-9a-f]{64}");

    private final SigV4Verifier verifier = new SigV4Verifier(SKEW);

    @Test
    void verifyWhenSignedByAwsSdkThenReturnsSigner() {
        VerifiedSignature verified = verify(TestRequests.jsonPost().sign(), NOW);

        assertEquals(TestRequests.ACCESS_KEY_ID, verified.accessKeyId());
        assertEquals("us-east-1", verified.region());
        assertEquals("gatehouse", verified.service());
        assertEquals(TestRequests.SIGNED_AT, verified.signedAt());
        assertNull(verified.sessionToken());
    }

    static Stream<Arguments> unusualRequests() {
        return Stream.of(
                Arguments.of("space in path", TestRequests.get().path("/api/v1/a%20b/c")),
                Arguments.of("trailing slash", TestRequests.get().path("/api/v1/caf%C3%A9/")),
                Arguments.of("dot segments", TestRequests.get().path("/api/v1/x/./y/../z")),
                Arguments.of("encoded reserved", TestRequests.get().path("/api/v1/%2F%2B%3D%25")),
                Arguments.of("raw sub-delims", TestRequests.get().path("/api/v1/it's(1)*!$&")),
                Arguments.of("root", TestRequests.get().path("/")),
                Arguments.of("reserved query", TestRequests.get().query("cursor", "a b/c+d=&?#%")),
                Arguments.of("repeated key", TestRequests.get().query("filter", "x", "a", "m")),
                Arguments.of("empty value", TestRequests.get().query("flag", "")),
                Arguments.of("unicode query",
                        TestRequests.get().query("n\u00e4me", "\u00e7\u00f8d\u00e9 \ud83d\ude00")),
                Arguments.of("unreserved marks", TestRequests.get().query("~a-b_c.d", "*star*")),
                Arguments.of("header spaces", TestRequests.jsonPost().header("X-Custom", "  a   b\tc  ")),
                Arguments.of("repeated header", TestRequests.jsonPost().header("X-Custom", "one", " two ")),
                Arguments.of("empty body", TestRequests.jsonPost().body("")),
                Arguments.of("unicode body", TestRequests.jsonPost().body("{\"n\":\"\u00fc\u00df\"}")),
                Arguments.of("presigned query",
                        TestRequests.get().query("cursor", "a b").presignedFor(Duration.ofDays(7))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusualRequests")
    void verifyWhenAwsSdkSignsUnusualRequestThenVerifies(String name, TestRequests.Builder builder) {
        assertEquals(TestRequests.ACCESS_KEY_ID, verify(builder.sign(), NOW).accessKeyId());
    }

    @Test
    void verifyWhenSessionTokenSentThenReturnsIt() {
        SignedRequest request = TestRequests.jsonPost().sessionToken("FwoGZXIvYXdz//token+/=").sign();

        assertEquals("FwoGZXIvYXdz//token+/=", verify(request, NOW).sessionToken());
    }

    @Test
    void verifyWhenPresignedBySdkThenReturnsSigner() {
        SignedRequest request = TestRequests.get().presignedFor(Duration.ofHours(1)).sign();

        assertEquals(TestRequests.ACCESS_KEY_ID, verify(request, NOW.plus(Duration.ofMinutes(59))).accessKeyId());
    }

    @Test
    void verifyWhenPresignedWithSessionTokenThenReturnsIt() {
        SignedRequest request = TestRequests.get().presignedFor(Duration.ofMinutes(5)).sessionToken("tok/en=").sign();

        assertEquals("tok/en=", verify(request, NOW).sessionToken());
    }

    @Test
    void verifyWhenUnsignedPayloadThenVerifies() {
        SignedRequest request = TestRequests.jsonPost().unsignedPayload().sign();

        assertEquals(SigV4Names.UNSIGNED_PAYLOAD, request.header(SigV4Names.X_AMZ_CONTENT_SHA256).get(0));
        assertEquals(TestRequests.ACCESS_KEY_ID, verify(request, NOW).accessKeyId());
    }

    @Test
    void verifyWhenBodyAndItsHashTamperedThenSignatureMismatch() {
        SignedRequest tampered = TestRequests.withBody(TestRequests.jsonPost().sign(), "{\"PoolName\":\"evil\"}");
        tampered = TestRequests.withHeader(tampered, SigV4Names.X_AMZ_CONTENT_SHA256, Sha256.hex(tampered.body()));

        assertFailure(SigV4Failure.SIGNATURE_MISMATCH, tampered, NOW);
    }

    @Test
    void verifyWhenBodyTamperedWithoutHashHeaderThenSignatureMismatch() {
        SignedRequest signed = TestRequests.jsonPost().presignedFor(Duration.ofMinutes(5)).sign();
        assertEquals(0, signed.header(SigV4Names.X_AMZ_CONTENT_SHA256).size());

        assertFailure(SigV4Failure.SIGNATURE_MISMATCH, TestRequests.withBody(signed, "{\"PoolName\":\"evil\"}"), NOW);
    }

    @Test
    void verifyWhenBodyDiffersFromHashHeaderThenPayloadHashMismatch() {
        SignedRequest tampered = TestRequests.withBody(TestRequests.jsonPost().sign(), "{\"PoolName\":\"evil\"}");

        assertFailure(SigV4Failure.PAYLOAD_HASH_MISMATCH, tampered, NOW);
    }

    @Test
    void verifyWhenSignedHeaderTamperedThenSignatureMismatch() {
        SignedRequest tampered = TestRequests.withHeader(TestRequests.jsonPost().sign(), "content-type", "text/plain");

        assertFailure(SigV4Failure.SIGNATURE_MISMATCH, tampered, NOW);
    }

    @Test
    void verifyWhenQueryTamperedThenSignatureMismatch() {
        SignedRequest tampered = TestRequests.withQuery(TestRequests.get().sign(), "limit", "1000");

        assertFailure(SigV4Failure.SIGNATURE_MISMATCH, tampered, NOW);
    }

    @Test
    void verifyWhenPathTamperedThenSignatureMismatch() {
        SignedRequest signed = TestRequests.get().sign();
        SignedRequest tampered = new SignedRequest(signed.method(), "/api/v1/user-pools/us-east-1_DemoPool1/users/bob",
                signed.query(), signed.headers(), signed.body());

        assertFailure(SigV4Failure.SIGNATURE_MISMATCH, tampered, NOW);
    }

    @Test
    void verifyWhenSecretWrongThenSignatureMismatchWithoutLeakingSignature() {
        String otherSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYOTHERKEY00";
        SignedRequest request = TestRequests.jsonPost().secret(otherSecret).sign();

        SigV4Exception e = assertFailure(SigV4Failure.SIGNATURE_MISMATCH, request, NOW);

        assertFalse(e.getMessage().contains(TestRequests.SECRET));
        assertFalse(e.getMessage().contains(otherSecret));
        assertFalse(HEX_SIGNATURE.matcher(e.getMessage()).find(), "no signature in the message");
        assertEquals("SignatureDoesNotMatch", e.code().awsName());
    }

    @Test
    void verifyWhenAccessKeyUnknownThenUnknownAccessKey() {
        SignedRequest request = TestRequests.jsonPost().sign();

        SigV4Exception e = assertThrows(SigV4Exception.class,
                () -> verifier.verify(request, key -> Optional.empty(), NOW));

        assertEquals(SigV4Failure.UNKNOWN_ACCESS_KEY, e.failure());
        assertEquals("InvalidClientTokenId", e.code().awsName());
    }

    @Test
    void verifyWhenSignedExactlySkewAgoThenVerifies() {
        assertEquals(TestRequests.ACCESS_KEY_ID, verify(TestRequests.jsonPost().sign(), NOW.plus(SKEW)).accessKeyId());
        assertEquals(TestRequests.ACCESS_KEY_ID, verify(TestRequests.jsonPost().sign(), NOW.minus(SKEW)).accessKeyId());
    }

    @Test
    void verifyWhenSignedMoreThanSkewAgoThenRequestExpired() {
        SigV4Exception e = assertFailure(SigV4Failure.REQUEST_EXPIRED, TestRequests.jsonPost().sign(),
                NOW.plus(SKEW).plusSeconds(1));

        assertEquals("Signature expired: 20261128T022030Z is now earlier than 20261128T022031Z "
                + "(20261128T022531Z - 5 min.)", e.getMessage());
    }

    @Test
    void verifyWhenSignedMoreThanSkewInFutureThenRequestExpired() {
        assertFailure(SigV4Failure.REQUEST_EXPIRED, TestRequests.jsonPost().sign(), NOW.minus(SKEW).minusSeconds(1));
    }

    @Test
    void verifyWhenPresignedExpiredThenRequestExpired() {
        SignedRequest request = TestRequests.get().presignedFor(Duration.ofMinutes(10)).sign();

        assertEquals(TestRequests.ACCESS_KEY_ID, verify(request, NOW.plus(Duration.ofMinutes(10))).accessKeyId());
        assertFailure(SigV4Failure.REQUEST_EXPIRED, request, NOW.plus(Duration.ofMinutes(10)).plusSeconds(1));
    }

    @Test
    void verifyWhenPresignedInFutureBeyondSkewThenRequestExpired() {
        SignedRequest request = TestRequests.get().presignedFor(Duration.ofHours(1)).sign();

        assertFailure(SigV4Failure.REQUEST_EXPIRED, request, NOW.minus(SKEW).minusSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"604801", "0", "-5", "1e3", ""})
    void verifyWhenPresignedExpiresOutOfRangeThenMalformed(String expires) {
        SignedRequest request = TestRequests.withQuery(
                TestRequests.get().presignedFor(Duration.ofMinutes(5)).sign(), SigV4Names.QUERY_EXPIRES, expires);

        assertFailure(SigV4Failure.MALFORMED_AUTHORIZATION, request, NOW);
    }

    @Test
    void verifyWhenHostNotSignedThenMalformed() {
        SignedRequest signed = TestRequests.jsonPost().sign();
        String authorization = signed.header("authorization").get(0)
                .replace("SignedHeaders=content-type;host;", "SignedHeaders=content-type;");

        SigV4Exception e = assertFailure(SigV4Failure.MALFORMED_AUTHORIZATION,
                TestRequests.withHeader(signed, "Authorization", authorization), NOW);

        assertEquals("'Host' must be a 'SignedHeader' in the AWS Authorization", e.getMessage());
    }

    @Test
    void verifyWhenPresignedWithoutHostThenMalformed() {
        SignedRequest presigned = TestRequests.get().presignedFor(Duration.ofMinutes(5)).sign();
        SignedRequest request = TestRequests.withQuery(presigned, SigV4Names.QUERY_SIGNED_HEADERS, "accept");

        assertFailure(SigV4Failure.MALFORMED_AUTHORIZATION, request, NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AWS4-HMAC-SHA256",
        "AWS4-HMAC-SHA256 ",
        "AWS4-HMAC-SHA256 SignedHeaders=host;x-amz-date, Signature=" + SIG,
        CRED + ", Signature="
                + SIG,
        CRED + ", "
                + "SignedHeaders=host;x-amz-date",
        "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLEVECTORS01/20261128/us-east-1/gatehouse, "
                + "SignedHeaders=host;x-amz-date, Signature=" + SIG,
        "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLEVECTORS01/2026-11-28/us-east-1/gatehouse/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=" + SIG,
        CRED + ", "
                + "SignedHeaders=host;x-amz-date, Signature=XYZ",
        CRED + ", "
                + "SignedHeaders=Host;x-amz-date, Signature=" + SIG,
        CRED + ", "
                + "SignedHeaders=host;;x-amz-date, Signature=" + SIG,
        CRED + ", "
                + "SignedHeaders=host;x-amz-date, Signature=" + SIG + ", Signature=" + OTHER_SIG,
        CRED + ", "
                + "SignedHeaders=host;x-amz-date, Signature=" + SIG + ", Foo=bar",
        "AWS4-HMAC-SHA256 Credential AKIAEXAMPLEVECTORS01/20261128/us-east-1/gatehouse/aws4_request"
    })
    void verifyWhenAuthorizationHeaderMalformedThenMalformed(String authorization) {
        SignedRequest request = TestRequests.withHeader(TestRequests.jsonPost().sign(), "Authorization", authorization);

        SigV4Exception e = assertFailure(SigV4Failure.MALFORMED_AUTHORIZATION, request, NOW);

        assertEquals("IncompleteSignature", e.code().awsName());
        assertEquals(401, e.code().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "20261128", "2026-11-28T02:20:30Z", "20261328T022030Z"})
    void verifyWhenAmzDateMalformedThenMalformed(String date) {
        SignedRequest request = TestRequests.withHeader(TestRequests.jsonPost().sign(), "X-Amz-Date", date);

        assertFailure(SigV4Failure.MALFORMED_AUTHORIZATION, request, NOW);
    }

    @Test
    void verifyWhenNoDateHeaderThenMalformed() {
        SignedRequest request = TestRequests.withoutHeader(TestRequests.jsonPost().sign(), "x-amz-date");

        assertFailure(SigV4Failure.MALFORMED_AUTHORIZATION, request, NOW);
    }

    @Test
    void verifyWhenOnlyDateHeaderThenSigningTimeTakenFromIt() {
        Map<String, List<String>> headers = Map.of(
                "host", List.of("localhost:8443"), "date", List.of("Sat, 28 Nov 2026 02:20:30 GMT"));
        SignedRequest unsigned = new SignedRequest("GET", "/api/v1/user-pools", Map.of(), headers, new byte[0]);
        CredentialScope scope = new CredentialScope(TestRequests.ACCESS_KEY_ID, "20261128", "us-east-1", "gatehouse");
        SignatureParameters params = new SignatureParameters(scope, List.of("date", "host"), SIG, NOW, null, null);
        String canonical = CanonicalRequest.build(unsigned, params.signedHeaders(), Sha256.hex(new byte[0]));
        String signature = SignatureCalculator.sign(TestRequests.SECRET, scope,
                SignatureCalculator.stringToSign(params, canonical));
        SignedRequest signed = TestRequests.withHeader(unsigned, "Authorization",
                CRED + ", SignedHeaders=date;host, Signature=" + signature);

        assertEquals(NOW, verify(signed, NOW.plusSeconds(60)).signedAt());
    }

    @Test
    void verifyWhenCredentialScopeDateDiffersFromAmzDateThenSignatureMismatch() {
        SignedRequest signed = TestRequests.jsonPost().sign();
        String authorization = signed.header("authorization").get(0).replace("/20261128/", "/20261127/");

        assertFailure(SigV4Failure.SIGNATURE_MISMATCH, TestRequests.withHeader(signed, "Authorization", authorization),
                NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AWS4-ECDSA-P256-SHA256 Credential=AKIAEXAMPLEVECTORS01/20261128/gatehouse/aws4_request, "
                + "SignedHeaders=host, Signature=abc",
        "AWS AKIAEXAMPLEVECTORS01:c2lnbmF0dXJl",
        "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig"
    })
    void verifyWhenAlgorithmNotSigV4ThenUnsupportedAlgorithm(String authorization) {
        SignedRequest request = TestRequests.withHeader(TestRequests.jsonPost().sign(), "Authorization", authorization);

        assertFailure(SigV4Failure.UNSUPPORTED_ALGORITHM, request, NOW);
    }

    @Test
    void verifyWhenPresignedAlgorithmNotSigV4ThenUnsupportedAlgorithm() {
        SignedRequest request = TestRequests.withQuery(TestRequests.get().presignedFor(Duration.ofMinutes(5)).sign(),
                SigV4Names.QUERY_ALGORITHM, "AWS4-ECDSA-P256-SHA256");

        assertFailure(SigV4Failure.UNSUPPORTED_ALGORITHM, request, NOW);
    }

    @Test
    void verifyWhenNoAuthenticationThenMissingAuthentication() {
        SignedRequest request = new SignedRequest("GET", "/api/v1/user-pools", Map.of(),
                Map.of("Host", List.of("localhost:8443")), new byte[0]);

        SigV4Exception e = assertFailure(SigV4Failure.MISSING_AUTHENTICATION, request, NOW);

        assertEquals("MissingAuthenticationToken", e.code().awsName());
    }

    @Test
    void verifyWhenHeaderAndQuerySignaturesBothPresentThenMalformed() {
        SignedRequest presigned = TestRequests.get().presignedFor(Duration.ofMinutes(5)).sign();
        String authorization = TestRequests.get().sign().header("authorization").get(0);

        assertFailure(SigV4Failure.MALFORMED_AUTHORIZATION,
                TestRequests.withHeader(presigned, "Authorization", authorization), NOW);
    }

    @Test
    void verifyWhenPresignedParameterMissingThenMalformed() {
        SignedRequest signed = TestRequests.get().presignedFor(Duration.ofMinutes(5)).sign();
        Map<String, List<String>> query = new LinkedHashMap<>(signed.query());
        query.remove(SigV4Names.QUERY_DATE);

        assertFailure(SigV4Failure.MALFORMED_AUTHORIZATION,
                new SignedRequest(signed.method(), signed.rawPath(), query, signed.headers(), signed.body()), NOW);
    }

    private VerifiedSignature verify(SignedRequest request, Instant now) {
        return verifier.verify(request, TestRequests.knownKey(), now);
    }

    private SigV4Exception assertFailure(SigV4Failure expected, SignedRequest request, Instant now) {
        SigV4Exception e = assertThrows(SigV4Exception.class, () -> verify(request, now));
        assertEquals(expected, e.failure(), e.getMessage());
        return e;
    }
}
