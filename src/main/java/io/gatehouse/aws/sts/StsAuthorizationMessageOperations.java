package io.gatehouse.aws.sts;

import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.AuthorizationMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * DecodeAuthorizationMessage on the wire: {@code EncodedMessage} (1 to 10240 characters) in,
 * {@code DecodedMessage} (the denial's details as JSON) out. It needs
 * {@code sts:DecodeAuthorizationMessage}, authorized like every signed STS operation, and decodes
 * only messages of denials in the caller's own account.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html">DecodeAuthorizationMessage</a>
 */
@ApplicationScoped
public class StsAuthorizationMessageOperations implements QueryOperations {

    private final AuthorizationMessages messages;

    public StsAuthorizationMessageOperations(AuthorizationMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Sts.operation("DecodeAuthorizationMessage", this::decode));
    }

    QueryResult decode(QueryCall call) {
        String encoded = call.input().requiredString("EncodedMessage", 1, AuthorizationMessages.MAX_ENCODED_CHARS);
        return QueryResult.of().add("DecodedMessage", messages.decode(call.caller().accountId(), encoded));
    }
}
