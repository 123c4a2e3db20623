package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.CredentialReport;
import io.gatehouse.iam.CredentialReportService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The account's credential report ({@code /api/v1/iam/credential-report}): generate it
 * (synchronously, so it is COMPLETE at once; a report younger than four hours is reused) and read
 * it as CSV in AWS's column layout.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html">Getting credential reports</a>
 */
@Path("/api/v1/iam/credential-report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "IAM account settings")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
public class CredentialReportResource {

    private final CredentialReportService reports;
    private final CallerContext callers;

    public CredentialReportResource(CredentialReportService reports, CallerContext callers) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:GenerateCredentialReport")
    @POST
    @Operation(summary = "Generate the credential report")
    @APIResponse(responseCode = "200", description = "The report's state (always COMPLETE) and time")
    public State generate() {
        Caller caller = callers.require();
        return new State("COMPLETE", reports.generate(caller.accountId(), caller.principalArn()).generatedAt());
    }

    @Authorize(action = "iam:GetCredentialReport")
    @GET
    @Operation(summary = "Read the credential report")
    @APIResponse(responseCode = "200", description = "The report as CSV text")
    @APIResponse(responseCode = "410", description = "ReportNotPresent or ReportExpired: generate one first")
    public Report get() {
        CredentialReport report = reports.get(callers.require().accountId());
        return new Report(CredentialReport.FORMAT, report.generatedAt(), report.csv());
    }

    @Schema(name = "IamCredentialReportState")
    public record State(@Schema(enumeration = {"COMPLETE"}) String state, Instant generatedAt) {
    }

    @Schema(name = "IamCredentialReport")
    public record Report(@Schema(example = "text/csv") String reportFormat, Instant generatedAt,
                         @Schema(description = "CSV: a header line, the root user's row, then one row per user") String content) {
    }
}
