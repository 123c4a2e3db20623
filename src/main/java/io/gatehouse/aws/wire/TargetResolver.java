package io.gatehouse.aws.wire;

import io.gatehouse.auth.Caller;

/**
 * Computes an operation's {@link AuthorizationTarget} from its parsed input, before the handler
 * runs. Runs on input that has only been parsed, so it must not fail on a missing or mistyped
 * member: the handler reports those; a resolver falls back to {@code *} and lets the policy decide.
 */
@FunctionalInterface
public interface TargetResolver {

    TargetResolver ANY = (caller, input, region) -> AuthorizationTarget.ANY;

    AuthorizationTarget resolve(Caller caller, JsonInput input, String region);
}
