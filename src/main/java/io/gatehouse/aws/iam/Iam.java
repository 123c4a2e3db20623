package io.gatehouse.aws.iam;

import io.gatehouse.aws.wire.QueryHandler;
import io.gatehouse.aws.wire.QueryOperation;

/**
 * AWS IAM on the wire: its query-protocol API version, the XML namespace of its responses and its
 * SigV4 signing name. Every IAM operation is signed.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/welcome.html">IAM API reference</a>
 */
public final class Iam {

    public static final String VERSION = "2010-05-08";
    public static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
    public static final String SIGNING_NAME = "iam";

    private Iam() {
    }

    /** The signed IAM operation {@code action}. */
    public static QueryOperation operation(String action, QueryHandler handler) {
        return new QueryOperation(VERSION, action, true, SIGNING_NAME, NAMESPACE, handler);
    }
}
