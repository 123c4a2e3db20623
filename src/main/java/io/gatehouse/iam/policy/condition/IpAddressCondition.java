package io.gatehouse.iam.policy.condition;

import java.util.List;
import java.util.Map;

/**
 * {@code IpAddress} / {@code NotIpAddress}: the request address ({@code aws:SourceIp}) lies in one
 * of the policy's IPv4 or IPv6 CIDR blocks. A request value that is not an address matches no block.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress">IP address condition operators</a>
 */
final class IpAddressCondition implements OperatorFamily {

    @Override
    public Map<String, Boolean> operators() {
        return Map.of("IpAddress", false, "NotIpAddress", true);
    }

    @Override
    public ValueTest compile(String operator, List<String> values, boolean variables) {
        CidrBlock[] blocks = values.stream().map(IpAddressCondition::block).toArray(CidrBlock[]::new);
        return (requestValue, source) -> {
            CidrBlock address = CidrBlock.parse(requestValue);
            if (address == null) {
                return false;
            }
            for (CidrBlock block : blocks) {
                if (block.contains(address)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static CidrBlock block(String value) {
        CidrBlock block = CidrBlock.parse(value);
        if (block == null) {
            throw new IllegalArgumentException("\"" + value + "\" is not an IP address or CIDR block");
        }
        return block;
    }
}
