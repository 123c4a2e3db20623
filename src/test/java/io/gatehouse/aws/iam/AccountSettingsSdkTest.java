package io.gatehouse.aws.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.iam.CredentialReportService;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SelfServicePolicy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.GetCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.PasswordPolicy;
import software.amazon.awssdk.services.iam.model.PasswordPolicyViolationException;
import software.amazon.awssdk.services.iam.model.ReportStateType;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;

/**
 * Account-level IAM through the real SDK, each test in an account of its own: password policy with
 * login profiles and ChangePassword, aliases, GetAccountSummary and the credential report.
 */
@GatehouseTest
class AccountSettingsSdkTest {

    private static IamClient root(String accountId, String keyId, String secret) {
        TestAccounts.root(accountId, keyId, secret);
        return QueryClients.iamAs(keyId, secret);
    }

    @Test
    void passwordPolicyWhenSetThenLoginProfilesAndChangePasswordFollowIt() {
        try (IamClient iam = root("777788889990", "AKIASDKPOLICYROOT001", "sdk-policy-secret-000000000000000000000")) {
            assertAwsError(iam::getAccountPasswordPolicy, "NoSuchEntity", 404);
            iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(10).requireNumbers(true).maxPasswordAge(30));
            PasswordPolicy policy = iam.getAccountPasswordPolicy().passwordPolicy();
            assertThat(policy.minimumPasswordLength()).isEqualTo(10);
            assertThat(policy.requireNumbers()).isTrue();
            assertThat(policy.requireSymbols()).isFalse();
            assertThat(policy.expirePasswords()).isTrue();
            assertThat(policy.maxPasswordAge()).isEqualTo(30);
            assertThat(policy.passwordReusePrevention()).isNull();
            assertAwsError(() -> iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(200)), "ValidationError", 400);

            iam.createUser(r -> r.userName("carol"));
            iam.putUserPolicy(r -> r.userName("carol").policyName(SelfServicePolicy.NAME)
                    .policyDocument(SelfServicePolicy.DOCUMENT));
            var weak = assertAwsError(() -> iam.createLoginProfile(r -> r.userName("carol").password("short1")),
                    "PasswordPolicyViolation", 400);
            assertThat(weak).isInstanceOf(PasswordPolicyViolationException.class);
            iam.createLoginProfile(r -> r.userName("carol").password("longenough1").passwordResetRequired(true));
            assertThat(iam.getLoginProfile(r -> r.userName("carol")).loginProfile().passwordResetRequired()).isTrue();
            assertAwsError(() -> iam.createLoginProfile(r -> r.userName("carol").password("longenough1")),
                    "EntityAlreadyExists", 409);

            AccessKey key = iam.createAccessKey(r -> r.userName("carol")).accessKey();
            try (IamClient carol = QueryClients.iamAs(key.accessKeyId(), key.secretAccessKey())) {
                assertAwsError(() -> carol.changePassword(r -> r.oldPassword("wrongpass12").newPassword("newpassword2")),
                        "AccessDenied", 403);
                assertAwsError(() -> carol.changePassword(r -> r.oldPassword("longenough1").newPassword("nonumbers!!")),
                        "PasswordPolicyViolation", 400);
                carol.changePassword(r -> r.oldPassword("longenough1").newPassword("newpassword2"));
            }
            assertThat(iam.getLoginProfile(r -> r.userName("carol")).loginProfile().passwordResetRequired()).isFalse();
            assertAwsError(() -> iam.changePassword(r -> r.oldPassword("x").newPassword("y")), "InvalidUserType", 400);
            iam.deleteLoginProfile(r -> r.userName("carol"));
            assertAwsError(() -> iam.getLoginProfile(r -> r.userName("carol")), "NoSuchEntity", 404);
            iam.deleteAccountPasswordPolicy();
            assertAwsError(iam::deleteAccountPasswordPolicy, "NoSuchEntity", 404);
        }
    }

    @Test
    void accountAliasWhenCreatedThenListedAndUniqueAcrossAccounts() {
        try (IamClient a = root("777788889991", "AKIASDKALIASROOT0001", "sdk-alias-secret-0000000000000000000000");
             IamClient b = root("777788889992", "AKIASDKALIASROOT0002", "sdk-alias-secret-0000000000000000000001")) {
            a.createAccountAlias(r -> r.accountAlias("sdk-acme"));
            assertThat(a.listAccountAliases().accountAliases()).containsExactly("sdk-acme");
            assertAwsError(() -> b.createAccountAlias(r -> r.accountAlias("sdk-acme")), "EntityAlreadyExists", 409);
            assertAwsError(() -> b.createAccountAlias(r -> r.accountAlias("-bad")), "ValidationError", 400);
            assertAwsError(() -> b.deleteAccountAlias(r -> r.accountAlias("sdk-acme")), "NoSuchEntity", 404);
            a.deleteAccountAlias(r -> r.accountAlias("sdk-acme"));
            assertThat(a.listAccountAliases().accountAliases()).isEmpty();
        }
    }

    @Test
    void accountSummaryAndCredentialReportWhenUsersExistThenCountedAndReported() {
        try (IamClient iam = root("777788889993", "AKIASDKREPORTROOT001", "sdk-report-secret-000000000000000000000")) {
            assertAwsError(iam::getCredentialReport, "ReportNotPresent", 410);
            iam.createUser(r -> r.userName("dave"));
            iam.createUser(r -> r.userName("erin"));
            iam.createGroup(r -> r.groupName("ops"));
            Map<SummaryKeyType, Integer> summary = iam.getAccountSummary().summaryMap();
            assertThat(summary).containsEntry(SummaryKeyType.USERS, 2).containsEntry(SummaryKeyType.GROUPS, 1)
                    .containsEntry(SummaryKeyType.USERS_QUOTA, 5000).containsEntry(SummaryKeyType.ROLES, 0)
                    .containsEntry(SummaryKeyType.ACCOUNT_ACCESS_KEYS_PRESENT, 1)
                    .containsEntry(SummaryKeyType.ACCESS_KEYS_PER_USER_QUOTA, 2);

            assertThat(iam.generateCredentialReport().state()).isEqualTo(ReportStateType.COMPLETE);
            GetCredentialReportResponse report = iam.getCredentialReport();
            assertThat(report.reportFormatAsString()).isEqualTo("text/csv");
            assertThat(report.generatedTime()).isNotNull();
            List<String> lines = report.content().asString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).isEqualTo(CredentialReportService.HEADER);
            assertThat(lines.get(1)).startsWith("<root_account>,arn:aws:iam::777788889993:root,");
            assertThat(lines.get(2)).startsWith("dave,arn:aws:iam::777788889993:user/dave,");
            assertThat(lines.get(3)).startsWith("erin,");
        }
    }
}
