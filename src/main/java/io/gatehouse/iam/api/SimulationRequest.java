package io.gatehouse.iam.api;

import io.gatehouse.api.RequestInput;
import io.gatehouse.iam.SimulationInput;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies of the policy simulator: IAM's SimulateCustomPolicy and SimulatePrincipalPolicy
 * parameters in camelCase, with the context as a map from key to values.
 */
final class SimulationRequest {

    private SimulationRequest() {
    }

    /** SimulateCustomPolicy: the policies to try, at least one. */
    record Custom(@Schema(example = "[\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\","
                          + "\\\"Action\\\":\\\"s3:*\\\",\\\"Resource\\\":\\\"*\\\"}]}\"]") List<String> policyInputList,
                  List<String> permissionsBoundaryPolicyInputList,
                  @Schema(example = "[\"s3:GetObject\",\"s3:DeleteObject\"]") List<String> actionNames,
                  @Schema(example = "[\"arn:aws:s3:::reports/2026.csv\"]") List<String> resourceArns,
                  String resourcePolicy, @Schema(example = "000000000000") String resourceOwner,
                  @Schema(example = "arn:aws:iam::000000000000:user/alice") String callerArn,
                  @Schema(example = "{\"aws:SourceIp\":[\"203.0.113.9\"]}") Map<String, List<String>> contextEntries) {

        SimulationInput input() {
            return SimulationRequest.input(policyInputList, permissionsBoundaryPolicyInputList, actionNames,
                    resourceArns, resourcePolicy, resourceOwner, callerArn, contextEntries);
        }
    }

    /** SimulatePrincipalPolicy: a user, group or role of the caller's account, plus optional extra policies. */
    record Principal(@Schema(example = "arn:aws:iam::000000000000:user/alice") String policySourceArn,
                     List<String> policyInputList, List<String> permissionsBoundaryPolicyInputList,
                     @Schema(example = "[\"s3:GetObject\"]") List<String> actionNames, List<String> resourceArns,
                     String resourcePolicy, String resourceOwner, String callerArn,
                     Map<String, List<String>> contextEntries) {

        SimulationInput input() {
            return SimulationRequest.input(policyInputList, permissionsBoundaryPolicyInputList, actionNames,
                    resourceArns, resourcePolicy, resourceOwner, callerArn, contextEntries);
        }
    }

    private static SimulationInput input(List<String> policies, List<String> boundaries, List<String> actions,
                                         List<String> resources, String resourcePolicy, String resourceOwner,
                                         String callerArn, Map<String, List<String>> context) {
        Map<String, List<String>> entries = context == null ? Map.of() : context;
        entries.forEach((key, values) -> RequestInput.noNulls(RequestInput.field(values, "contextEntries." + key),
                "contextEntries." + key));
        return new SimulationInput(list(policies, "policyInputList"),
                list(boundaries, "permissionsBoundaryPolicyInputList"),
                list(actions, "actionNames"), list(resources, "resourceArns"), resourcePolicy, resourceOwner, callerArn,
                entries);
    }

    private static List<String> list(List<String> values, String name) {
        return values == null ? List.of() : RequestInput.noNulls(values, name);
    }
}
