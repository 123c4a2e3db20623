package io.gatehouse.authorize.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gatehouse.auth.Caller;
import io.gatehouse.authorize.AuthorizationAnswer;
import io.gatehouse.iam.DecidingStatement;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/v1/authorize}; {@code principal} and {@code encodedMessage} may be absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AuthorizeView(@Schema(enumeration = {"Allow", "Deny"}) String decision,
                     @Schema(description = "false: the caller's signature or token failed (answer it 401)")
                     boolean authenticated,
                     Principal principal,
                     @Schema(example = "ImplicitDeny", description = "Allowed, ExplicitDeny, ImplicitDeny, "
                             + "PrincipalInAnotherAccount, or the authentication error (SignatureDoesNotMatch, "
                             + "InvalidClientTokenId, ExpiredToken, IncompleteSignature, MissingAuthenticationToken)")
                     String reason,
                     String message,
                     List<DecidingStatement> matchedStatements,
                     @Schema(description = "For policy denials: decode with sts:DecodeAuthorizationMessage")
                     String encodedMessage) {

    /** The caller, with its type named as {@code aws:PrincipalType} names it. */
    record Principal(@Schema(example = "arn:aws:iam::000000000000:user/alice") String arn,
                     @Schema(example = "000000000000") String accountId,
                     @Schema(enumeration = {"Account", "User", "AssumedRole", "FederatedUser"}) String type,
                     @Schema(example = "AIDAEXAMPLE") String userId) {

        static Principal of(Caller caller) {
            String type = switch (caller.type()) {
                case ROOT -> "Account";
                case USER -> "User";
                case ASSUMED_ROLE -> "AssumedRole";
                case FEDERATED_USER -> "FederatedUser";
            };
            return new Principal(caller.principalArn(), caller.accountId(), type, caller.userId());
        }
    }

    static AuthorizeView of(AuthorizationAnswer answer) {
        return new AuthorizeView(answer.allowed() ? "Allow" : "Deny", answer.authenticated(),
                answer.principal() == null ? null : Principal.of(answer.principal()), answer.reason(), answer.message(),
                answer.matchedStatements(), answer.encodedMessage());
    }
}
