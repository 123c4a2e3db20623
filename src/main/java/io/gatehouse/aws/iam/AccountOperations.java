package io.gatehouse.aws.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.AccountPasswordPolicy;
import io.gatehouse.iam.AccountSettingsService;
import io.gatehouse.iam.AccountSummaryService;
import io.gatehouse.iam.CredentialReport;
import io.gatehouse.iam.CredentialReportService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * IAM's account-level calls: the password policy (Get/Update/DeleteAccountPasswordPolicy), the
 * alias (Create/Delete/ListAccountAliases; at most one, so a list is never truncated),
 * GetAccountSummary and the credential report (generated synchronously, so always COMPLETE).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html">GetAccountSummary</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html">GenerateCredentialReport</a>
 */
@ApplicationScoped
public class AccountOperations implements QueryOperations {

    private final AccountSettingsService settings;
    private final AccountSummaryService summary;
    private final CredentialReportService reports;

    public AccountOperations(AccountSettingsService settings, AccountSummaryService summary,
                             CredentialReportService reports) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("GetAccountPasswordPolicy", this::getAccountPasswordPolicy),
                Iam.operation("UpdateAccountPasswordPolicy", this::updateAccountPasswordPolicy),
                Iam.operation("DeleteAccountPasswordPolicy", this::deleteAccountPasswordPolicy),
                Iam.operation("CreateAccountAlias", this::createAccountAlias),
                Iam.operation("DeleteAccountAlias", this::deleteAccountAlias),
                Iam.operation("ListAccountAliases", this::listAccountAliases),
                Iam.operation("GetAccountSummary", this::getAccountSummary),
                Iam.operation("GenerateCredentialReport", this::generateCredentialReport),
                Iam.operation("GetCredentialReport", this::getCredentialReport));
    }

    QueryResult getAccountPasswordPolicy(QueryCall call) {
        AccountPasswordPolicy p = settings.passwordPolicy(call.caller().accountId());
        QueryResult policy = QueryResult.of().add("MinimumPasswordLength", p.minimumPasswordLength())
                .add("RequireSymbols", p.requireSymbols()).add("RequireNumbers", p.requireNumbers())
                .add("RequireUppercaseCharacters", p.requireUppercaseCharacters())
                .add("RequireLowercaseCharacters", p.requireLowercaseCharacters())
                .add("AllowUsersToChangePassword", p.allowUsersToChangePassword())
                .add("ExpirePasswords", p.expirePasswords());
        if (p.maxPasswordAge() != null) {
            policy.add("MaxPasswordAge", p.maxPasswordAge());
        }
        if (p.passwordReusePrevention() != null) {
            policy.add("PasswordReusePrevention", p.passwordReusePrevention());
        }
        if (p.hardExpiry() != null) {
            policy.add("HardExpiry", p.hardExpiry());
        }
        return QueryResult.of().add("PasswordPolicy", policy);
    }

    QueryResult updateAccountPasswordPolicy(QueryCall call) {
        QueryInput in = call.input();
        Caller caller = call.caller();
        settings.updatePasswordPolicy(caller.accountId(), caller.principalArn(), AccountPasswordPolicy.fromUpdate(
                in.integer("MinimumPasswordLength", 6, 128), in.bool("RequireSymbols"), in.bool("RequireNumbers"),
                in.bool("RequireUppercaseCharacters"), in.bool("RequireLowercaseCharacters"),
                in.bool("AllowUsersToChangePassword"), in.integer("MaxPasswordAge", 1, 1095),
                in.integer("PasswordReusePrevention", 1, 24), in.bool("HardExpiry")));
        return QueryResult.none();
    }

    QueryResult deleteAccountPasswordPolicy(QueryCall call) {
        Caller caller = call.caller();
        settings.deletePasswordPolicy(caller.accountId(), caller.principalArn());
        return QueryResult.none();
    }

    QueryResult createAccountAlias(QueryCall call) {
        Caller caller = call.caller();
        settings.createAlias(caller.accountId(), caller.principalArn(), call.input().requiredString("AccountAlias"));
        return QueryResult.none();
    }

    QueryResult deleteAccountAlias(QueryCall call) {
        Caller caller = call.caller();
        settings.deleteAlias(caller.accountId(), caller.principalArn(), call.input().requiredString("AccountAlias"));
        return QueryResult.none();
    }

    QueryResult listAccountAliases(QueryCall call) {
        IamPaging.parse(call.input());
        return QueryResult.of().addStrings("AccountAliases", settings.aliases(call.caller().accountId()))
                .add("IsTruncated", false);
    }

    QueryResult getAccountSummary(QueryCall call) {
        return QueryResult.of().add("SummaryMap", IamShapes.map(summary.summary(call.caller().accountId())));
    }

    QueryResult generateCredentialReport(QueryCall call) {
        Caller caller = call.caller();
        reports.generate(caller.accountId(), caller.principalArn());
        return QueryResult.of().add("State", "COMPLETE");
    }

    QueryResult getCredentialReport(QueryCall call) {
        CredentialReport report = reports.get(call.caller().accountId());
        return QueryResult.of().add("Content", Base64.getEncoder().encodeToString(report.content()))
                .add("ReportFormat", CredentialReport.FORMAT).add("GeneratedTime", report.generatedAt());
    }
}
