package io.gatehouse.aws.wire;

import io.gatehouse.auth.Caller;

/**
 * Computes a query-protocol operation's {@link AuthorizationTarget} from its parameters before the
 * handler runs. Like {@link TargetResolver}, it must not fail on missing or malformed parameters:
 * the handler reports those.
 */
@FunctionalInterface
public interface QueryTargetResolver {

    /** Resource {@code *}, no request keys. */
    QueryTargetResolver ANY = (caller, input) -> AuthorizationTarget.ANY;

    /**
     * For the operations AWS lets every authenticated caller perform whatever its policies say,
     * such as {@code sts:GetCallerIdentity}: not sent to the policy engine at all.
     */
    QueryTargetResolver NO_PERMISSION_NEEDED = new QueryTargetResolver() {
        @Override
        public AuthorizationTarget resolve(Caller caller, QueryInput input) {
            return AuthorizationTarget.ANY;
        }

        @Override
        public boolean needsPermission() {
            return false;
        }
    };

    /**
     * For the operations that authorize the caller themselves, because the decision needs more than
     * the caller's identity policies: {@code sts:AssumeRole} is decided together with the role's trust
     * policy (a resource-based policy that can allow on its own in the same account), inside the
     * operation. The generic check before the handler would wrongly deny a caller the trust policy
     * alone allows, so it is skipped; the handler must authorize.
     */
    QueryTargetResolver AUTHORIZED_BY_OPERATION = new QueryTargetResolver() {
        @Override
        public AuthorizationTarget resolve(Caller caller, QueryInput input) {
            return AuthorizationTarget.ANY;
        }

        @Override
        public boolean needsPermission() {
            return false;
        }
    };

    AuthorizationTarget resolve(Caller caller, QueryInput input);

    /** False for operations that need no permission and for those authorized by the operation itself. */
    default boolean needsPermission() {
        return true;
    }
}
