package io.gatehouse.api;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import java.util.Collection;
import java.util.Objects;

/**
 * Presence checks of request input that the domain cannot make: a body that was not sent at all,
 * a required JSON field left out, a {@code null} inside an array. Each is a 400
 * {@code InvalidParameterException} naming what is wrong.
 */
public final class RequestInput {

    private RequestInput() {
    }

    /** The request body; an empty body fails. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "A JSON request body is required");
        }
        return body;
    }

    /** A required field of the body. */
    public static <T> T field(T value, String name) {
        if (value == null) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "Missing required field '" + name + "'");
        }
        return value;
    }

    /** An optional array field, which may be absent but must not contain {@code null}. */
    public static <C extends Collection<?>> C noNulls(C values, String name) {
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "Field '" + name + "' must not contain null");
        }
        return values;
    }
}
