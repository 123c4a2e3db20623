package io.gatehouse.iam;

import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The account's password policy and alias. An account has at most one alias, unique across all
 * accounts; creating one replaces the current alias.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html">GetAccountPasswordPolicy</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html">CreateAccountAlias</a>
 */
@ApplicationScoped
public class AccountSettingsService {

    /** "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$". */
    private static final Pattern ALIAS = Pattern.compile("^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$");

    private final AccountSettingsStore settings;
    private final AuditLog audit;

    public AccountSettingsService(AccountSettingsStore settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    public AccountPasswordPolicy passwordPolicy(String accountId) {
        return settings.passwordPolicy(accountId).orElseThrow(() -> new GatehouseException(IamError.NO_SUCH_ENTITY,
                "The Password Policy with domain name " + accountId + " cannot be found."));
    }

    @Transactional
    public AccountPasswordPolicy updatePasswordPolicy(String accountId, String actor, AccountPasswordPolicy policy) {
        settings.setPasswordPolicy(accountId, policy);
        audit.record(IamAudit.success("iam.password-policy.update", accountId, actor, accountId));
        return policy;
    }

    @Transactional
    public void deletePasswordPolicy(String accountId, String actor) {
        if (!settings.deletePasswordPolicy(accountId)) {
            throw new GatehouseException(IamError.NO_SUCH_ENTITY,
                    "The account policy with name PasswordPolicy cannot be found.");
        }
        audit.record(IamAudit.success("iam.password-policy.delete", accountId, actor, accountId));
    }

    /** The account's aliases: none or one. */
    public List<String> aliases(String accountId) {
        return settings.alias(accountId).stream().toList();
    }

    @Transactional
    public void createAlias(String accountId, String actor, String alias) {
        IamInput.required(alias, "accountAlias");
        if (alias.length() < 3 || alias.length() > 63 || !ALIAS.matcher(alias).matches()) {
            throw IamInput.violation("accountAlias", alias, "Member must satisfy regular expression pattern: " + ALIAS);
        }
        String owner = settings.accountWithAlias(alias).orElse(null);
        if (accountId.equals(owner)) {
            return;
        }
        if (owner != null) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "The account alias " + alias + " already exists.");
        }
        settings.setAlias(accountId, alias);
        audit.record(IamAudit.success("iam.account-alias.create", accountId, actor, alias));
    }

    @Transactional
    public void deleteAlias(String accountId, String actor, String alias) {
        IamInput.required(alias, "accountAlias");
        if (!settings.alias(accountId).map(alias::equals).orElse(false)) {
            throw new GatehouseException(IamError.NO_SUCH_ENTITY, "The account alias " + alias + " cannot be found.");
        }
        settings.setAlias(accountId, null);
        audit.record(IamAudit.success("iam.account-alias.delete", accountId, actor, alias));
    }
}
