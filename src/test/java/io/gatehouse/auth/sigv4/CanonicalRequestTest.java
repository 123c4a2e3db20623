package io.gatehouse.auth.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical request pieces, against the examples of the AWS documentation and the vectors. */
class CanonicalRequestTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/v1/user-pools/us-east-1_DemoPool1/users/j%C3%BCrgen | /api/v1/user-pools/us-east-1_DemoPool1/users/j%25C3%25BCrgen",
        "/                          | /",
        "''                         | /",
        "/a b                       | /a%20b",
        "/documents and settings/   | /documents%20and%20settings/",
        "/a//b                      | /a/b",
        "/a/./b/../c                | /a/c",
        "/../a                      | /a",
        "/~user/x-y_z.json          | /~user/x-y_z.json",
        "/it's(1)*                  | /it%27s%281%29%2A"
    })
    void canonicalUriWhenPathGivenThenEachSegmentEncodedAgain(String rawPath, String expected) {
        assertEquals(expected, CanonicalRequest.canonicalUri(rawPath));
    }

    @Test
    void canonicalQueryWhenRepeatedAndReservedThenEncodedAndSortedByNameThenValue() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("limit", List.of("10"));
        query.put("cursor", List.of("a b/c+d="));
        query.put("filter", List.of("x", "a"));
        query.put("X-Amz-Signature", List.of("ignored"));
        query.put("Zeta", List.of(""));

        assertEquals("Zeta=&cursor=a%20b%2Fc%2Bd%3D&filter=a&filter=x&limit=10",
                CanonicalRequest.canonicalQuery(query));
    }

    @Test
    void canonicalHeadersWhenValuesHaveSpacesThenTrimmedCollapsedAndJoined() {
        SignedRequest request = new SignedRequest("GET", "/", Map.of(),
                Map.of("Host", List.of("localhost:8080"), "X-Multi", List.of("  a   b ", "c\t\td")), new byte[0]);

        assertEquals("host:localhost:8080\nx-multi:a b,c d\n",
                CanonicalRequest.canonicalHeaders(request, List.of("host", "x-multi")));
    }

    @Test
    void buildWhenGetWithoutQueryThenSixLinesAsDocumented() {
        SignedRequest request = new SignedRequest("GET", "/", Map.of(),
                Map.of("host", List.of("iam.amazonaws.com"), "x-amz-date", List.of("20150830T123600Z")),
                "".getBytes(StandardCharsets.UTF_8));

        assertEquals("GET\n/\n\nhost:iam.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                CanonicalRequest.build(request, List.of("host", "x-amz-date"), Sha256.hex(new byte[0])));
    }
}
