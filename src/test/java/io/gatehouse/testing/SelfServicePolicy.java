package io.gatehouse.testing;

/**
 * The permissions an IAM user needs to manage its own credentials (as AWS's
 * {@code IAMUserChangePassword} plus the self-service key actions), for tests whose users sign
 * requests about themselves; every signed call is authorized by the policy engine.
 */
public final class SelfServicePolicy {

    public static final String NAME = "self-service";
    public static final String DOCUMENT = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GetUser","iam:ChangePassword",
            "iam:GetLoginProfile","iam:CreateAccessKey","iam:ListAccessKeys","iam:UpdateAccessKey",
            "iam:DeleteAccessKey","iam:GetAccessKeyLastUsed","iam:GetAccountPasswordPolicy"],"Resource":"*"}]}""";

    private SelfServicePolicy() {
    }
}
