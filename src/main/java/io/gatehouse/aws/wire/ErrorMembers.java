package io.gatehouse.aws.wire;

import java.util.Map;

/**
 * A domain error whose AWS error shape has members beyond {@code message}, e.g. the
 * {@code Reason} of Organizations' {@code ConstraintViolationException}. The endpoint adds them to
 * the JSON error body next to {@code __type} and {@code message}.
 */
public interface ErrorMembers {

    /** Extra members by wire name; null values are left out. */
    Map<String, String> errorMembers();
}
