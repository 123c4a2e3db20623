package io.gatehouse.iam.policy.condition;

import static io.gatehouse.iam.policy.condition.TestContext.empty;
import static io.gatehouse.iam.policy.condition.TestContext.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringConditionTest {

    @Test
    void stringEqualsWhenExactThenTrueAndCaseSensitive() {
        assertThat(with("aws:username", "alice").eval("StringEquals", "aws:username", "alice")).isTrue();
        assertThat(with("aws:username", "Alice").eval("StringEquals", "aws:username", "alice")).isFalse();
        assertThat(with("aws:username", "a*").eval("StringEquals", "aws:username", "a*")).isTrue();
        assertThat(with("aws:username", "ab").eval("StringEquals", "aws:username", "a*")).isFalse();
    }

    @Test
    void stringEqualsWhenSeveralValuesThenAnyMatches() {
        assertThat(with("s3:prefix", "home").eval("StringEquals", "s3:prefix", "docs", "home")).isTrue();
        assertThat(with("s3:prefix", "tmp").eval("StringEquals", "s3:prefix", "docs", "home")).isFalse();
    }

    @Test
    void stringEqualsWhenKeyCaseDiffersThenKeyStillFound() {
        assertThat(with("aws:username", "alice").eval("StringEquals", "AWS:UserName", "alice")).isTrue();
    }

    @Test
    void stringNotEqualsWhenValuesThenNorOfValues() {
        assertThat(with("s3:prefix", "tmp").eval("StringNotEquals", "s3:prefix", "docs", "home")).isTrue();
        assertThat(with("s3:prefix", "home").eval("StringNotEquals", "s3:prefix", "docs", "home")).isFalse();
    }

    @Test
    void stringNotEqualsWhenKeyMissingThenTrue() {
        assertThat(empty().eval("StringNotEquals", "aws:username", "alice")).isTrue();
        assertThat(empty().eval("StringEquals", "aws:username", "alice")).isFalse();
    }

    @Test
    void stringEqualsIgnoreCaseWhenCaseDiffersThenTrue() {
        assertThat(with("aws:username", "ALICE").eval("StringEqualsIgnoreCase", "aws:username", "alice")).isTrue();
        assertThat(with("aws:username", "ALICE").eval("StringNotEqualsIgnoreCase", "aws:username", "alice")).isFalse();
        assertThat(with("aws:username", "bob").eval("StringNotEqualsIgnoreCase", "aws:username", "alice")).isTrue();
    }

    @Test
    void stringLikeWhenWildcardsThenMatchesAnywhere() {
        assertThat(with("s3:prefix", "home/alice/docs").eval("StringLike", "s3:prefix", "home/*")).isTrue();
        assertThat(with("s3:prefix", "home:x").eval("StringLike", "s3:prefix", "home?x")).isTrue();
        assertThat(with("s3:prefix", "other").eval("StringLike", "s3:prefix", "home/*")).isFalse();
        assertThat(with("s3:prefix", "other").eval("StringNotLike", "s3:prefix", "home/*")).isTrue();
        assertThat(with("s3:prefix", "Home/x").eval("StringLike", "s3:prefix", "home/*")).isFalse();
    }

    @Test
    void stringLikeWhenPolicyVariableThenReplacedFromRequest() {
        TestContext context = with("aws:username", "alice").and("s3:prefix", "home/alice/x");
        assertThat(context.eval("StringLike", "s3:prefix", "home/${aws:username}/*")).isTrue();
        assertThat(with("aws:username", "bob").and("s3:prefix", "home/alice/x")
                .eval("StringLike", "s3:prefix", "home/${aws:username}/*")).isFalse();
    }

    @Test
    void stringLikeWhenVariableValueHasWildcardThenItIsLiteral() {
        assertThat(with("aws:username", "*").and("s3:prefix", "home/alice")
                .eval("StringLike", "s3:prefix", "home/${aws:username}")).isFalse();
    }

    @Test
    void stringEqualsWhenVariableMissingThenValueDoesNotMatch() {
        assertThat(with("s3:prefix", "home/").eval("StringEquals", "s3:prefix", "home/${aws:username}")).isFalse();
        assertThat(with("s3:prefix", "home/x").eval("StringEquals", "s3:prefix", "home/${aws:username}", "home/x"))
                .isTrue();
    }

    @Test
    void stringEqualsWhenVariableHasDefaultThenDefaultUsed() {
        assertThat(with("s3:prefix", "home/anonymous")
                .eval("StringEquals", "s3:prefix", "home/${aws:username, 'anonymous'}")).isTrue();
    }

    @Test
    void stringEqualsWhenEscapesThenLiteralCharacters() {
        assertThat(with("k:k", "a*b?c$").eval("StringLike", "k:k", "a${*}b${?}c${$}")).isTrue();
        assertThat(with("k:k", "axbyc$").eval("StringLike", "k:k", "a${*}b${?}c${$}")).isFalse();
    }

    @Test
    void stringEqualsWhenIfExistsAndKeyMissingThenTrue() {
        assertThat(empty().eval("StringEqualsIfExists", "ec2:InstanceType", "t2.micro")).isTrue();
        assertThat(with("ec2:InstanceType", "m5.large").eval("StringEqualsIfExists", "ec2:InstanceType", "t2.micro"))
                .isFalse();
    }
}
