package io.gatehouse.iam.policy.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.iam.policy.match.PolicyVariables.Text;
import io.gatehouse.iam.policy.match.PolicyVariables.Variable;
import org.junit.jupiter.api.Test;

class PolicyVariablesTest {

    @Test
    void parseWhenVariablesThenLowerCasedKeysAndDefaults() {
        assertThat(PolicyVariables.parse("home/${aws:PrincipalTag/Team}/${aws:username, 'nobody'}", true))
                .containsExactly(new Text("home/", false), new Variable("aws:principaltag/team", null),
                        new Text("/", false), new Variable("aws:username", "nobody"));
    }

    @Test
    void parseWhenServiceKeyThenAccepted() {
        assertThat(PolicyVariables.parse("${cognito-identity.amazonaws.com:sub}", true))
                .containsExactly(new Variable("cognito-identity.amazonaws.com:sub", null));
    }

    @Test
    void parseWhenEscapesThenLiteralText() {
        assertThat(PolicyVariables.parse("${*}${?}${$}", true))
                .containsExactly(new Text("*", true), new Text("?", true), new Text("$", true));
    }

    @Test
    void parseWhenDisabledThenOneTextPart() {
        assertThat(PolicyVariables.parse("${aws:username}", false)).containsExactly(new Text("${aws:username}", false));
    }

    @Test
    void parseWhenMalformedThenRejected() {
        assertThatThrownBy(() -> PolicyVariables.parse("${aws:username", true))
                .hasMessage("policy variable in \"${aws:username\" is not closed with }");
        assertThatThrownBy(() -> PolicyVariables.parse("${username}", true))
                .hasMessage("policy variable \"${username}\" in \"${username}\" is not valid");
        assertThatThrownBy(() -> PolicyVariables.parse("${aws:username, nobody}", true))
                .hasMessage("policy variable \"${aws:username, nobody}\" in \"${aws:username, nobody}\""
                        + " needs its default in single quotes");
    }
}
