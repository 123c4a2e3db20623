package io.gatehouse.aws.organizations;

import io.gatehouse.aws.wire.JsonHandler;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.org.OrgError;
import io.gatehouse.org.OrgException;

/**
 * AWS Organizations on the wire: its {@code X-Amz-Target} prefix and SigV4 signing name. Every
 * operation is signed. {@link #operation} also puts domain errors into Organizations' shapes: an
 * {@link OrgException} keeps its {@code Reason} member, and the generic parameter errors of the
 * wire layer (a bad {@code NextToken}) become {@code InvalidInputException}, the only validation
 * error Organizations has.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/Welcome.html">Organizations API reference</a>
 */
public final class Organizations {

    public static final String TARGET_PREFIX = "AWSOrganizationsV20161128";
    public static final String SIGNING_NAME = "organizations";

    private Organizations() {
    }

    public static JsonOperation operation(String name, JsonHandler handler) {
        return new JsonOperation(TARGET_PREFIX, name, true, SIGNING_NAME, call -> {
            try {
                return handler.handle(call);
            } catch (OrgException e) {
                throw new OrganizationsError(e.code(), e.reason(), e.getMessage());
            } catch (GatehouseException e) {
                if (e.code() == CommonError.INVALID_PARAMETER) {
                    throw new OrganizationsError(OrgError.INVALID_INPUT, "INVALID_NEXT_TOKEN", e.getMessage());
                }
                throw e;
            }
        });
    }
}
