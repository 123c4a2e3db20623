package io.gatehouse.authorize;

import io.gatehouse.iam.RequestFacts;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The condition keys a resource server passes with its question. Its own service's keys
 * ({@code orders:Region}) are free. Of the global {@code aws:} keys it may set only those that
 * describe what only it knows: the original client's HTTP request ({@code aws:SourceIp},
 * {@code aws:UserAgent}, {@code aws:SecureTransport}, {@code aws:Referer}) and the resource or the
 * request's tags ({@code aws:ResourceTag/*}, {@code aws:RequestTag/*}, {@code aws:TagKeys}).
 * Every other {@code aws:} key (the principal's ARN, account, tags, MFA, session times, the
 * current time, the region…) Gatehouse sets itself from the verified caller, so a resource server
 * cannot forge them. When no {@code aws:SourceIp} is given the key is absent (not the resource
 * server's own address), and {@code aws:SecureTransport} defaults to false.
 */
public record ConditionContext(Map<String, List<String>> keys) {

    static final int MAX_KEYS = 50;
    static final int MAX_VALUES = 20;
    static final int MAX_VALUE = 1024;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,64}:[\\x21-\\x7e]{1,192}");
    /** The keys that describe the client's HTTP request, given to the engine as {@link RequestFacts}. */
    private static final Set<String> FACT_KEYS = Set.of("aws:sourceip", "aws:useragent", "aws:securetransport");
    private static final Set<String> PASSABLE_KEYS = Set.of("aws:referer", "aws:tagkeys");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final List<String> TAG_PREFIXES = List.of("aws:resourcetag/", "aws:requesttag/");

    public ConditionContext {
        keys = Map.copyOf(keys == null ? Map.of() : keys);
        if (keys.size() > MAX_KEYS) {
            throw DescribedRequest.invalid("context has more than " + MAX_KEYS + " keys");
        }
        Set<String> seen = new HashSet<>();
        keys.forEach((key, values) -> {
            if (key == null || !KEY.matcher(key).matches()) {
                throw DescribedRequest.invalid("context key '" + key + "' must be 'prefix:name' in printable ASCII");
            }
            String lower = key.toLowerCase(Locale.ROOT);
            if (!seen.add(lower)) {
                throw DescribedRequest.invalid("context key '" + key + "' is given twice (keys are case-insensitive)");
            }
            if (lower.startsWith("aws:") && !FACT_KEYS.contains(lower) && !PASSABLE_KEYS.contains(lower)
                    && TAG_PREFIXES.stream().noneMatch(lower::startsWith)) {
                throw DescribedRequest.invalid("context key '" + key + "' is set by Gatehouse from the verified caller "
                        + "and cannot be passed");
            }
            if (values == null || values.isEmpty() || values.size() > MAX_VALUES
                    || values.stream().anyMatch(v -> v == null || v.length() > MAX_VALUE)) {
                throw DescribedRequest.invalid("context." + key + " must be 1 to " + MAX_VALUES
                        + " strings of at most " + MAX_VALUE + " characters");
            }
        });
        single(keys, "aws:SourceIp").ifPresent(ConditionContext::requireIp);
        single(keys, "aws:SecureTransport").ifPresent(value -> {
            if (!value.equals("true") && !value.equals("false")) {
                throw DescribedRequest.invalid("context aws:SecureTransport must be \"true\" or \"false\"");
            }
        });
        single(keys, "aws:UserAgent");
        single(keys, "aws:Referer");
    }

    /** What the original client's HTTP request was, as far as the resource server tells. */
    public RequestFacts facts(String region) {
        return new RequestFacts(single(keys, "aws:SourceIp").orElse(null), single(keys, "aws:UserAgent").orElse(null),
                single(keys, "aws:SecureTransport").map(Boolean::parseBoolean).orElse(false), region);
    }

    /** The keys to add to the request's condition context (the client facts go in through {@link #facts}). */
    public Map<String, List<String>> requestKeys() {
        Map<String, List<String>> request = new HashMap<>();
        keys.forEach((key, values) -> {
            String lower = key.toLowerCase(Locale.ROOT);
            if (!FACT_KEYS.contains(lower)) {
                request.put(key, values);
            }
        });
        return request;
    }

    private static Optional<String> single(Map<String, List<String>> keys, String name) {
        for (Map.Entry<String, List<String>> entry : keys.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                if (entry.getValue().size() != 1) {
                    throw DescribedRequest.invalid("context " + name + " takes a single value");
                }
                return Optional.of(entry.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** An IPv4 or IPv6 literal, never a host name (which would be looked up). */
    private static void requireIp(String value) {
        if (IPV4.matcher(value).matches()) {
            return;
        }
        if (!value.contains(":") || !value.matches("[0-9A-Fa-f:.]{2,45}")) {
            throw DescribedRequest.invalid("context aws:SourceIp must be an IPv4 or IPv6 address");
        }
        try {
            InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw DescribedRequest.invalid("context aws:SourceIp must be an IPv4 or IPv6 address");
        }
    }
}
