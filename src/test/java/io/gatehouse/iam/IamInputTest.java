package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import org.junit.jupiter.api.Test;

class IamInputTest {

    @Test
    void userNameWhenIamCharactersThenAccepted() {
        assertThat(IamInput.userName("a.b+c=d,e@f_g-h", "userName")).isEqualTo("a.b+c=d,e@f_g-h");
    }

    @Test
    void userNameWhenEmptyTooLongOrForbiddenCharacterThenValidationError() {
        assertValidation(() -> IamInput.userName("", "userName"));
        assertValidation(() -> IamInput.userName("x".repeat(65), "userName"));
        assertValidation(() -> IamInput.userName("a/b", "userName"));
        assertValidation(() -> IamInput.userName(null, "userName"));
    }

    @Test
    void pathWhenSlashDelimitedThenAcceptedOtherwiseRejected() {
        assertThat(IamInput.path(null, "path")).isEqualTo("/");
        assertThat(IamInput.path("/a/b/", "path")).isEqualTo("/a/b/");
        assertValidation(() -> IamInput.path("/a", "path"));
        assertValidation(() -> IamInput.path("a/", "path"));
        assertValidation(() -> IamInput.path("/" + "a".repeat(511) + "/", "path"));
    }

    @Test
    void permissionsBoundaryWhenNotAPolicyArnThenInvalidInput() {
        assertThat(IamInput.permissionsBoundary("arn:aws:iam::aws:policy/PowerUserAccess")).isNotNull();
        assertThatThrownBy(() -> IamInput.permissionsBoundary("arn:aws:iam::123456789012:role/Admin"))
                .isInstanceOfSatisfying(GatehouseException.class, e -> assertThat(e.code()).isEqualTo(IamError.INVALID_INPUT));
    }

    private static void assertValidation(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(IamError.VALIDATION_ERROR));
    }
}
