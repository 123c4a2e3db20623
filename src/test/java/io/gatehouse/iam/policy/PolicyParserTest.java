package io.gatehouse.iam.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyParserTest {

    private static Policy parse(String json, PolicyKind kind) {
        return PolicyParser.parse("p", json, kind);
    }

    private static void rejects(String json, PolicyKind kind, String message) {
        assertThatThrownBy(() -> parse(json, kind)).isInstanceOf(MalformedPolicyException.class).hasMessage(message);
    }

    private static void rejectsIdentity(String json, String message) {
        rejects(json, PolicyKind.MANAGED_IDENTITY, message);
    }

    @Test
    void parseWhenValidThenStatementsWithSidEffectAndPositions() {
        String json = "{\n  \"Version\": \"2012-10-17\",\n  \"Id\": \"doc\",\n  \"Statement\": [\n"
                + "    {\"Sid\": \"Read\", \"Effect\": \"Allow\", \"Action\": [\"s3:Get*\", \"s3:List*\"],"
                + " \"Resource\": \"*\"},\n"
                + "    {\"Effect\": \"Deny\", \"NotAction\": \"iam:*\", \"NotResource\": \"arn:aws:s3:::b/*\"}\n  ]\n}";
        Policy policy = parse(json, PolicyKind.MANAGED_IDENTITY);
        assertThat(policy.version()).isEqualTo("2012-10-17");
        assertThat(policy.id()).isEqualTo("doc");
        assertThat(policy.document()).isEqualTo(json);
        assertThat(policy.statements()).extracting(Statement::index, Statement::sid, Statement::effect)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "Read", Effect.ALLOW),
                        org.assertj.core.groups.Tuple.tuple(1, null, Effect.DENY));
        assertThat(policy.statements().get(0).start()).isEqualTo(new Position(5, 5));
        assertThat(policy.statements().get(1).start()).isEqualTo(new Position(6, 5));
        assertThat(policy.statements().get(1).end().line()).isEqualTo(6);
        assertThat(policy.statements().get(0).matched()).isEqualTo(
                new MatchedStatement("p", PolicyKind.MANAGED_IDENTITY, 0, "Read"));
    }

    @Test
    void parseWhenSingleStatementObjectAndNoVersionThenAccepted() {
        Policy policy = parse("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}",
                PolicyKind.INLINE_USER);
        assertThat(policy.version()).isNull();
        assertThat(policy.statements()).hasSize(1);
    }

    @Test
    void parseWhenVersionInvalidThenRejected() {
        rejectsIdentity("{\"Version\":\"2013-01-01\",\"Statement\":[]}",
                "Policy: Version \"2013-01-01\" is not valid: use \"2012-10-17\" or \"2008-10-17\"");
        rejectsIdentity("{\"Version\":2012,\"Statement\":[]}", "Policy: Version must be a string");
    }

    @Test
    void parseWhenTopLevelProblemsThenRejected() {
        rejectsIdentity("{\"Version\":\"2012-10-17\"}", "Policy: missing Statement");
        rejectsIdentity("{\"Version\":\"2012-10-17\",\"Statement\":[]}", "Policy: Statement must not be an empty array");
        rejectsIdentity("{\"Version\":\"2012-10-17\",\"Statement\":\"x\"}",
                "Policy: Statement must be an object or an array of objects");
        rejectsIdentity("{\"Version\":\"2012-10-17\",\"Statements\":[]}", "Policy: unknown element \"Statements\"");
        rejectsIdentity("{\"Id\":1,\"Statement\":[]}", "Policy: Id must be a string");
        rejectsIdentity("{\"Statement\":[\"x\"]}", "Statement 0: must be a JSON object");
    }

    @Test
    void parseWhenStatementElementsWrongThenMessageNamesStatementAndSid() {
        rejectsIdentity(TestPolicies.document(TestPolicies.allow("s3:GetObject", "*"),
                        "{\"Sid\":\"Read\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"),
                "Statement 1 (Sid \"Read\"): missing Effect");
        rejectsIdentity(TestPolicies.document("{\"Effect\":\"allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"),
                "Statement 0: Effect \"allow\" is not valid: use \"Allow\" or \"Deny\"");
        rejectsIdentity(TestPolicies.document("{\"Effect\":\"Allow\",\"Resource\":\"*\"}"),
                "Statement 0: missing Action or NotAction");
        rejectsIdentity(TestPolicies.document("{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotAction\":\"*\",\"Resource\":\"*\"}"),
                "Statement 0: has both Action and NotAction");
        rejectsIdentity(TestPolicies.document("{\"Effect\":\"Allow\",\"Action\":\"*\"}"),
                "Statement 0: missing Resource or NotResource");
        rejectsIdentity(TestPolicies.document(
                        "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"NotResource\":\"*\"}"),
                "Statement 0: has both Resource and NotResource");
        rejectsIdentity(TestPolicies.document("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Foo\":1}"),
                "Statement 0: unknown element \"Foo\"");
        rejectsIdentity(TestPolicies.document("{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":\"*\"}"),
                "Statement 0: Action must not be an empty array");
        rejectsIdentity(TestPolicies.document("{\"Effect\":\"Allow\",\"Action\":5,\"Resource\":\"*\"}"),
                "Statement 0: Action must be a string or an array of strings");
        rejectsIdentity(TestPolicies.document("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":[\"*\",1]}"),
                "Statement 0: Resource must be a string or an array of strings");
    }

    @Test
    void parseWhenActionSyntaxWrongThenRejected() {
        rejectsIdentity(TestPolicies.document(TestPolicies.allow("iam", "*")),
                "Statement 0: Action \"iam\" is not valid: use \"service:action\" or \"*\"");
        rejectsIdentity(TestPolicies.document(TestPolicies.allow("iam:Get:User", "*")),
                "Statement 0: Action \"iam:Get:User\" is not valid: use \"service:action\" or \"*\"");
        rejectsIdentity(TestPolicies.document(TestPolicies.allow("iam:${aws:username}", "*")),
                "Statement 0: Action \"iam:${aws:username}\" is not valid: use \"service:action\" or \"*\"");
        assertThat(parse(TestPolicies.document(TestPolicies.allow("iam:Get*List?", "*")), PolicyKind.MANAGED_IDENTITY)
                .statements()).hasSize(1);
    }

    @Test
    void parseWhenResourceSyntaxWrongThenRejected() {
        rejectsIdentity(TestPolicies.document(TestPolicies.allow("s3:*", "bucket")),
                "Statement 0: Resource \"bucket\" is not valid: use an ARN (arn:partition:service:region:account:resource) or \"*\"");
        rejectsIdentity(TestPolicies.document(TestPolicies.allow("s3:*", "arn:aws:*:::bucket")),
                "Statement 0: Resource \"arn:aws:*:::bucket\" is not valid: the service segment of an ARN cannot use wildcards");
        rejectsIdentity(TestPolicies.document(TestPolicies.allow("s3:*", "arn:aws:s3:::${aws:username")),
                "Statement 0: policy variable in \"arn:aws:s3:::${aws:username\" is not closed with }");
    }

    @Test
    void parseWhenSidInvalidOrDuplicatedThenRejected() {
        rejectsIdentity(TestPolicies.document(
                        "{\"Sid\":\"Read only\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}"),
                "Statement 0: Sid \"Read only\" must contain only letters and digits");
        rejectsIdentity(TestPolicies.document(
                        "{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}",
                        "{\"Sid\":\"A\",\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}"),
                "Statement 1 (Sid \"A\"): Sid \"A\" is already used by statement 0; Sids must be unique within a policy");
        rejectsIdentity(TestPolicies.document("{\"Sid\":7,\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}"),
                "Statement 0: Sid must be a string");
        assertThat(parse(TestPolicies.document(
                        "{\"Sid\":\"Read only\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}"),
                PolicyKind.RESOURCE).statements().get(0).sid()).isEqualTo("Read only");
    }

    @Test
    void parseWhenPrincipalInIdentityScpOrSessionPolicyThenRejected() {
        String statement = TestPolicies.allowPrincipal("\"*\"", "s3:*", "*");
        rejects(TestPolicies.document(statement), PolicyKind.MANAGED_IDENTITY,
                "Statement 0: Principal is not allowed in MANAGED_IDENTITY policies");
        rejects(TestPolicies.document(statement), PolicyKind.SERVICE_CONTROL,
                "Statement 0: Principal is not allowed in SERVICE_CONTROL policies");
        rejects(TestPolicies.document(statement), PolicyKind.SESSION,
                "Statement 0: Principal is not allowed in SESSION policies");
    }

    @Test
    void parseWhenPrincipalMissingInResourceOrTrustPolicyThenRejected() {
        rejects(TestPolicies.document(TestPolicies.allow("s3:*", "*")), PolicyKind.RESOURCE,
                "Statement 0: missing Principal or NotPrincipal");
        rejects(TestPolicies.document("{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\"}"), PolicyKind.TRUST,
                "Statement 0: missing Principal or NotPrincipal");
    }

    @Test
    void parseWhenTrustPolicyWithoutResourceThenAccepted() {
        Policy trust = parse(TestPolicies.document(
                "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}"),
                PolicyKind.TRUST);
        assertThat(trust.statements()).hasSize(1);
    }

    @Test
    void parseWhenPrincipalValuesInvalidThenRejected() {
        rejects(TestPolicies.document(TestPolicies.allowPrincipal("{\"AWS\":\"arn:aws:iam::111122223333:user/*\"}",
                        "s3:*", "*")), PolicyKind.RESOURCE,
                "Statement 0: Principal AWS \"arn:aws:iam::111122223333:user/*\" is not valid: use \"*\", an account id"
                        + " or the ARN of an account root, user, role, role session or federated user");
        rejects(TestPolicies.document(TestPolicies.allowPrincipal("{\"Group\":\"x\"}", "s3:*", "*")), PolicyKind.RESOURCE,
                "Statement 0: Principal type \"Group\" is not valid: use AWS, Federated, Service or CanonicalUser");
        rejects(TestPolicies.document(TestPolicies.allowPrincipal("{}", "s3:*", "*")), PolicyKind.RESOURCE,
                "Statement 0: Principal must not be an empty object");
        rejects(TestPolicies.document(TestPolicies.allowPrincipal("\"me\"", "s3:*", "*")), PolicyKind.RESOURCE,
                "Statement 0: Principal must be \"*\" or an object");
        rejects(TestPolicies.document(TestPolicies.allowPrincipal("{\"AWS\":[]}", "s3:*", "*")), PolicyKind.RESOURCE,
                "Statement 0: Principal AWS must not be an empty array");
        rejects(TestPolicies.document("{\"Effect\":\"Deny\",\"Principal\":\"*\",\"NotPrincipal\":\"*\","
                        + "\"Action\":\"*\",\"Resource\":\"*\"}"), PolicyKind.RESOURCE,
                "Statement 0: has both Principal and NotPrincipal");
    }

    @Test
    void parseWhenConditionProblemsThenRejectedWithOperatorAndKey() {
        String base = "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":";
        rejectsIdentity(TestPolicies.document(base + "{\"StringEqualz\":{\"aws:username\":\"a\"}}}"),
                "Statement 0 (Sid \"Read\"): unknown condition operator \"StringEqualz\"");
        rejectsIdentity(TestPolicies.document(base + "{\"NumericLessThan\":{\"s3:max-keys\":\"ten\"}}}"),
                "Statement 0 (Sid \"Read\"): Condition NumericLessThan \"s3:max-keys\": \"ten\" is not a number");
        rejectsIdentity(TestPolicies.document(base + "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/40\"}}}"),
                "Statement 0 (Sid \"Read\"): Condition IpAddress \"aws:SourceIp\": \"10.0.0.0/40\" is not an IP address or CIDR block");
        rejectsIdentity(TestPolicies.document(base + "{\"DateLessThan\":{\"aws:CurrentTime\":\"soon\"}}}"),
                "Statement 0 (Sid \"Read\"): Condition DateLessThan \"aws:CurrentTime\": \"soon\" is not a date (ISO 8601 or epoch seconds)");
        rejectsIdentity(TestPolicies.document(base + "{\"StringEquals\":{\"aws:username\":[]}}}"),
                "Statement 0 (Sid \"Read\"): Condition StringEquals \"aws:username\" must not be an empty array");
        rejectsIdentity(TestPolicies.document(base + "{\"StringEquals\":{\"aws:username\":{\"a\":1}}}}"),
                "Statement 0 (Sid \"Read\"): Condition StringEquals \"aws:username\" values must be strings, numbers or booleans");
        rejectsIdentity(TestPolicies.document(base + "{\"StringEquals\":{}}}"),
                "Statement 0 (Sid \"Read\"): Condition operator \"StringEquals\" must be an object of condition keys and values");
        rejectsIdentity(TestPolicies.document(base + "[]}"), "Statement 0 (Sid \"Read\"): Condition must be an object");
        rejectsIdentity(TestPolicies.document(base + "{\"NullIfExists\":{\"aws:username\":\"true\"}}}"),
                "Statement 0 (Sid \"Read\"): unknown condition operator \"NullIfExists\"");
    }

    @Test
    void parseWhenConditionValuesAreNumbersAndBooleansThenAccepted() {
        Policy policy = parse(TestPolicies.document("{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"NumericLessThan\":{\"s3:max-keys\":10},\"Bool\":{\"aws:SecureTransport\":true}}}"),
                PolicyKind.MANAGED_IDENTITY);
        assertThat(policy.statements()).hasSize(1);
    }

    @Test
    void parseWhenOverSizeQuotaThenRejectedCountingWithoutWhitespace() {
        String statement = TestPolicies.allow("s3:GetObject", "arn:aws:s3:::bucket/" + "x".repeat(2000));
        rejects(TestPolicies.document(statement), PolicyKind.INLINE_USER,
                "Policy: document has 2115 characters without whitespace; the limit for INLINE_USER policies is 2048");
        String padded = TestPolicies.document(TestPolicies.allow("s3:GetObject", "*")) + " ".repeat(5000);
        assertThat(parse(padded, PolicyKind.INLINE_USER).statements()).hasSize(1);
    }

    @Test
    void parseWhenJsonMalformedThenRejected() {
        rejectsIdentity("[]", "Policy is not valid JSON: the policy document must be a JSON object at line 1, column 1");
        rejectsIdentity("{\"Statement\":{}} x", "Policy is not valid JSON: unexpected text after the end of the document"
                + " at line 1, column 18");
        rejectsIdentity("{\"Version\":\"2012-10-17\",\n\"Version\":\"2012-10-17\"}",
                "Policy is not valid JSON: duplicate key \"Version\" at line 2, column 1");
        rejectsIdentity("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}",
                "Policy is not valid JSON: nesting deeper than 32 levels at line 1, column 37");
        rejectsIdentity("{\"a\":01}", "Policy is not valid JSON: expected , or } at line 1, column 7");
        rejectsIdentity("{\"a\":\"\\x\"}", "Policy is not valid JSON: invalid escape \\x at line 1, column 9");
        rejectsIdentity("{\"a\":tru}", "Policy is not valid JSON: unexpected character at line 1, column 6");
        rejectsIdentity("{\"a\":\"b}", "Policy is not valid JSON: unterminated string at line 1, column 9");
        rejectsIdentity("", "Policy is not valid JSON: the policy document must be a JSON object at line 1, column 1");
    }

    @Test
    void parseWhenUnicodeEscapesThenDecoded() {
        Policy policy = parse("{\"Statement\":{\"Sid\":\"\\u0041b\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}",
                PolicyKind.MANAGED_IDENTITY);
        assertThat(policy.statements().get(0).sid()).isEqualTo("Ab");
    }

    @Test
    void parseWhenNotPrincipalWithAllowThenRejected() {
        String statement = "{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:user/bob\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
        rejects(TestPolicies.document(statement), PolicyKind.RESOURCE,
                "Statement 0: NotPrincipal must be used with \"Effect\":\"Deny\"");
        Policy deny = parse(TestPolicies.document(statement.replace("Allow", "Deny")), PolicyKind.RESOURCE);
        assertThat(deny.statements()).hasSize(1);
    }

    @Test
    void parseWhenNotPrincipalInTrustPolicyThenRejected() {
        rejects(TestPolicies.document("{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
                + "\"Action\":\"sts:AssumeRole\"}"), PolicyKind.TRUST,
                "Statement 0: NotPrincipal is not allowed in TRUST policies: use Principal");
    }

    @Test
    void parseWhenCharacterOutsideLatin1InIamOrStsPolicyThenRejected() {
        String snowman = TestPolicies.document(TestPolicies.allow("s3:GetObject", "arn:aws:s3:::b/\u2603"));
        for (PolicyKind kind : new PolicyKind[] {PolicyKind.MANAGED_IDENTITY, PolicyKind.INLINE_USER,
                PolicyKind.INLINE_GROUP, PolicyKind.INLINE_ROLE, PolicyKind.SESSION}) {
            assertThatThrownBy(() -> parse(snowman, kind)).isInstanceOf(MalformedPolicyException.class)
                    .hasMessageStartingWith("Policy: character U+2603 at line 1 column ")
                    .hasMessageEndingWith(" is not allowed in " + kind
                            + " policies: use tab, line feed, carriage return or U+0020 to U+00FF");
        }
        rejectsIdentity("{\"Statement\":\u0001[]}", "Policy: character U+0001 at line 1 column 14 is not allowed in"
                + " MANAGED_IDENTITY policies: use tab, line feed, carriage return or U+0020 to U+00FF");
        String latin1 = TestPolicies.document(TestPolicies.allow("s3:GetObject", "arn:aws:s3:::b/caf\u00e9"));
        assertThat(parse("\t\r\n" + latin1, PolicyKind.MANAGED_IDENTITY).statements()).hasSize(1);
    }

    @Test
    void parseWhenCharacterOutsideLatin1InScpOrResourcePolicyThenAccepted() {
        String snowman = TestPolicies.allow("s3:GetObject", "arn:aws:s3:::b/\u2603");
        assertThat(parse(TestPolicies.document(snowman), PolicyKind.SERVICE_CONTROL).statements()).hasSize(1);
        String resource = TestPolicies.allowPrincipal("\"*\"", "s3:GetObject", "arn:aws:s3:::b/\u2603");
        assertThat(parse(TestPolicies.document(resource), PolicyKind.RESOURCE).statements()).hasSize(1);
    }

    @Test
    void parseWhenScpOverSizeCountingWhitespaceThenRejected() {
        String statement = TestPolicies.allow("s3:GetObject", "*");
        String padded = TestPolicies.document(statement) + " ".repeat(5_100);
        assertThatThrownBy(() -> parse(padded, PolicyKind.SERVICE_CONTROL)).isInstanceOf(MalformedPolicyException.class)
                .hasMessage("Policy: document has " + padded.length()
                        + " characters; the limit for SERVICE_CONTROL policies is 5120");
        assertThat(parse(padded, PolicyKind.INLINE_GROUP).statements()).hasSize(1);
    }
}
