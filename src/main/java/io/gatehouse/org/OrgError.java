package io.gatehouse.org;

import io.gatehouse.core.ErrorCode;

/**
 * The Organizations error table: AWS's error names (the SDK maps each to an exception class) and
 * the status the native API answers with. The AWS JSON protocol answers every one with HTTP 400.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/CommonErrors.html">Organizations errors</a>
 */
public enum OrgError implements ErrorCode {
    NOT_IN_USE(400, "AWSOrganizationsNotInUseException"),
    ALREADY_IN_ORGANIZATION(409, "AlreadyInOrganizationException"),
    ACCESS_DENIED(403, "AccessDeniedException"),
    ORGANIZATION_NOT_EMPTY(409, "OrganizationNotEmptyException"),
    INVALID_INPUT(400, "InvalidInputException"),
    CONSTRAINT_VIOLATION(409, "ConstraintViolationException"),
    ROOT_NOT_FOUND(404, "RootNotFoundException"),
    PARENT_NOT_FOUND(404, "ParentNotFoundException"),
    CHILD_NOT_FOUND(404, "ChildNotFoundException"),
    TARGET_NOT_FOUND(404, "TargetNotFoundException"),
    ACCOUNT_NOT_FOUND(404, "AccountNotFoundException"),
    SOURCE_PARENT_NOT_FOUND(404, "SourceParentNotFoundException"),
    DESTINATION_PARENT_NOT_FOUND(404, "DestinationParentNotFoundException"),
    DUPLICATE_ACCOUNT(409, "DuplicateAccountException"),
    MASTER_CANNOT_LEAVE(409, "MasterCannotLeaveOrganizationException"),
    CREATE_ACCOUNT_STATUS_NOT_FOUND(404, "CreateAccountStatusNotFoundException"),
    OU_NOT_FOUND(404, "OrganizationalUnitNotFoundException"),
    DUPLICATE_OU(409, "DuplicateOrganizationalUnitException"),
    OU_NOT_EMPTY(409, "OrganizationalUnitNotEmptyException"),
    POLICY_NOT_FOUND(404, "PolicyNotFoundException"),
    DUPLICATE_POLICY(409, "DuplicatePolicyException"),
    POLICY_IN_USE(409, "PolicyInUseException"),
    DUPLICATE_POLICY_ATTACHMENT(409, "DuplicatePolicyAttachmentException"),
    POLICY_NOT_ATTACHED(404, "PolicyNotAttachedException"),
    POLICY_TYPE_NOT_ENABLED(409, "PolicyTypeNotEnabledException"),
    POLICY_TYPE_ALREADY_ENABLED(409, "PolicyTypeAlreadyEnabledException"),
    MALFORMED_POLICY_DOCUMENT(400, "MalformedPolicyDocumentException");

    private final int status;
    private final String awsName;

    OrgError(int status, String awsName) {
        this.status = status;
        this.awsName = awsName;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String awsName() {
        return awsName;
    }
}
