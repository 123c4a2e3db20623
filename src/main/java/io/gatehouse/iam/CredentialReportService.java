package io.gatehouse.iam;

import io.gatehouse.account.AccountService;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * GenerateCredentialReport and GetCredentialReport. Generation is synchronous, so a report is
 * COMPLETE as soon as it is asked for; as in IAM, a report younger than four hours is reused
 * instead of regenerated, and an older one has expired.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html">GenerateCredentialReport</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html#id_credentials_understanding_the_report_format">Credential report format</a>
 */
@ApplicationScoped
public class CredentialReportService {

    public static final String HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,"
            + "password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
            + "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
            + "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,"
            + "access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";
    static final Duration MAX_AGE = Duration.ofHours(4);
    private static final String NA = "N/A";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private final CredentialReportStore reports;
    private final IamUserStore users;
    private final AccessKeyStore keys;
    private final MfaDeviceStore devices;
    private final AccountSettingsStore settings;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    public CredentialReportService(CredentialReportStore reports, IamUserStore users, AccessKeyStore keys,
                                   MfaDeviceStore devices, AccountSettingsStore settings, AccountService accounts,
                                   AuditLog audit, Clock clock) {
        this.reports = reports;
        this.users = users;
        this.keys = keys;
        this.devices = devices;
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Generates a report unless a fresh one exists; either way the account then has a COMPLETE report. */
    @Transactional
    public CredentialReport generate(String accountId, String actor) {
        Optional<CredentialReport> current = reports.find(accountId).filter(r -> !expired(r));
        if (current.isPresent()) {
            return current.get();
        }
        CredentialReport report = new CredentialReport(csv(accountId), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        reports.save(accountId, report);
        audit.record(IamAudit.success("iam.credential-report.generate", accountId, actor, accountId));
        return report;
    }

    public CredentialReport get(String accountId) {
        CredentialReport report = reports.find(accountId).orElseThrow(() -> new GatehouseException(
                IamError.REPORT_NOT_PRESENT, "Credential report not present. Use GenerateCredentialReport to create one."));
        if (expired(report)) {
            throw new GatehouseException(IamError.REPORT_EXPIRED, "Credential report has expired. Use "
                    + "GenerateCredentialReport to create a new one.");
        }
        return report;
    }

    private boolean expired(CredentialReport report) {
        return report.generatedAt().plus(MAX_AGE).isBefore(clock.instant());
    }

    private String csv(String accountId) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        Instant created = accounts.account(accountId).map(a -> a.createdAt()).orElse(clock.instant());
        List<String> root = new ArrayList<>(List.of("<root_account>", IamArns.root(accountId), time(created),
                "not_supported", "no_information", "not_supported", "not_supported",
                Boolean.toString(!devices.forRoot(accountId).isEmpty())));
        addKeys(root, keys.forRoot(accountId));
        out.append(String.join(",", root)).append('\n');
        Integer maxAge = settings.passwordPolicy(accountId).map(AccountPasswordPolicy::maxPasswordAge).orElse(null);
        for (IamUser user : users.all(accountId)) {
            out.append(String.join(",", userRow(user, maxAge))).append('\n');
        }
        return out.toString();
    }

    private List<String> userRow(IamUser user, Integer maxAge) {
        Optional<IamUserStore.StoredPassword> password = users.password(user.id());
        List<String> row = new ArrayList<>(List.of(user.name(), user.arn(), time(user.createdAt()),
                Boolean.toString(password.isPresent())));
        if (password.isPresent()) {
            Instant setAt = password.get().setAt();
            row.add(user.passwordLastUsed() == null ? "no_information" : time(user.passwordLastUsed()));
            row.add(time(setAt));
            row.add(maxAge == null ? NA : time(setAt.plus(Duration.ofDays(maxAge))));
        } else {
            row.addAll(List.of(NA, NA, NA));
        }
        row.add(Boolean.toString(!devices.forUser(user.id()).isEmpty()));
        addKeys(row, keys.forUser(user.id()));
        return row;
    }

    private static void addKeys(List<String> row, List<IamAccessKey> owned) {
        List<IamAccessKey> sorted = owned.stream().sorted(Comparator.comparing(IamAccessKey::createdAt)).toList();
        for (int i = 0; i < 2; i++) {
            if (i < sorted.size()) {
                IamAccessKey key = sorted.get(i);
                row.add(Boolean.toString(key.status() == AccessKeyStatus.Active));
                row.add(time(key.createdAt()));
                row.add(key.lastUsedAt() == null ? NA : time(key.lastUsedAt()));
                row.add(key.lastUsedRegion() == null ? NA : key.lastUsedRegion());
                row.add(key.lastUsedService() == null ? NA : key.lastUsedService());
            } else {
                row.addAll(List.of("false", NA, NA, NA, NA));
            }
        }
        row.addAll(List.of("false", NA, "false", NA));
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
