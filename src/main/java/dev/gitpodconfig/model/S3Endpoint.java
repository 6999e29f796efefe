package dev.gitpodconfig.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An S3 endpoint as Gitpod passes it on ({@code s3storage.endpoint} to the registry's S3 driver,
 * {@code objectStorage.s3.endpoint} to the MinIO client): which AWS S3 endpoint it is, and the Region
 * it names. Parsing is lenient, like {@link RegistryReference}: a scheme, userinfo, a
 * path or white space are noted and skipped, so the host can still be classified.
 *
 * @param reference the parsed value (scheme, userinfo, host, port, path)
 * @param form which kind of endpoint the host is
 * @param region the Region the host names; {@code us-east-1} for the global endpoint; empty for
 *     hosts that are not AWS S3 endpoints
 * @param china whether the host ends in {@code .amazonaws.com.cn}
 */
public record S3Endpoint(RegistryReference reference, Form form, Optional<String> region, boolean china) {

    /** The kinds of endpoint. */
    public enum Form {
        /** {@code s3.amazonaws.com} or the legacy {@code s3-external-1.amazonaws.com}: us-east-1 only. */
        GLOBAL("the global endpoint, which serves us-east-1 only"),
        /** {@code s3.<region>.amazonaws.com[.cn]}: the documented form. */
        REGIONAL("the regional endpoint"),
        /** {@code s3-<region>.amazonaws.com}: the legacy dash form. */
        DASH("the legacy dash-form endpoint"),
        /** {@code s3.dualstack.<region>.amazonaws.com[.cn]}. */
        DUALSTACK("the dual-stack endpoint"),
        /** {@code s3-fips.<region>.amazonaws.com}. */
        FIPS("the FIPS endpoint"),
        /** {@code s3-fips.dualstack.<region>.amazonaws.com}. */
        FIPS_DUALSTACK("the FIPS dual-stack endpoint"),
        /** Another host under {@code amazonaws.com}: not an S3 endpoint at all. */
        NOT_S3("an AWS host, but not an S3 endpoint"),
        /** Any other host: MinIO, Ceph, another S3-compatible service. */
        NOT_AWS("not an AWS host");

        private final String description;

        Form(String description) {
            this.description = description;
        }

        /**
         * A few words for messages.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    private static final Pattern AWS_HOST = Pattern.compile("^(?:(.+)\\.)?amazonaws\\.com(\\.cn)?$");
    private static final String REGION = "([a-z0-9]+(?:-[a-z0-9]+)+)";
    private static final Pattern DUALSTACK = Pattern.compile("^s3\\.dualstack\\." + REGION + "$");
    private static final Pattern FIPS_DUALSTACK = Pattern.compile("^s3-fips\\.dualstack\\." + REGION + "$");
    private static final Pattern FIPS = Pattern.compile("^s3-fips\\." + REGION + "$");
    private static final Pattern REGIONAL = Pattern.compile("^s3\\." + REGION + "$");
    private static final Pattern DASH = Pattern.compile("^s3-" + REGION + "$");

    /**
     * Parses an endpoint.
     *
     * @param text the value
     * @return the endpoint
     */
    public static S3Endpoint parse(String text) {
        RegistryReference reference = RegistryReference.parse(text);
        String host = reference.host();
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        Matcher aws = AWS_HOST.matcher(host);
        if (!aws.matches()) {
            return new S3Endpoint(reference, Form.NOT_AWS, Optional.empty(), false);
        }
        boolean china = aws.group(2) != null;
        String prefix = aws.group(1) == null ? "" : aws.group(1);
        if (!china && (prefix.equals("s3") || prefix.equals("s3-external-1"))) {
            return new S3Endpoint(reference, Form.GLOBAL, Optional.of("us-east-1"), false);
        }
        for (Form form : new Form[] {Form.DUALSTACK, Form.FIPS_DUALSTACK, Form.FIPS, Form.REGIONAL, Form.DASH}) {
            Matcher m = pattern(form).matcher(prefix);
            if (m.matches()
                    && !m.group(1).startsWith("dualstack")
                    && !(form == Form.DASH && m.group(1).startsWith("fips"))) {
                return new S3Endpoint(reference, form, Optional.of(m.group(1)), china);
            }
        }
        return new S3Endpoint(reference, Form.NOT_S3, Optional.empty(), china);
    }

    private static Pattern pattern(Form form) {
        return switch (form) {
            case DUALSTACK -> DUALSTACK;
            case FIPS_DUALSTACK -> FIPS_DUALSTACK;
            case FIPS -> FIPS;
            case REGIONAL -> REGIONAL;
            default -> DASH;
        };
    }

    /**
     * Whether the host is under {@code amazonaws.com} or {@code amazonaws.com.cn}.
     *
     * @return true for AWS hosts, S3 endpoints or not
     */
    public boolean isAws() {
        return form != Form.NOT_AWS;
    }

    /**
     * Whether this is an AWS S3 endpoint of a Region in its partition: the Region named in the host
     * (any form: regional, dual-stack, FIPS; global for us-east-1; the legacy dash form only where AWS
     * still serves it, see {@link AwsRegions#servesDashEndpoint}), and the {@code .cn} suffix exactly
     * when the Region is in China.
     *
     * @param bucketRegion the bucket's Region
     * @return true if the endpoint serves that Region
     */
    public boolean serves(String bucketRegion) {
        return region.isPresent()
                && region.get().equals(bucketRegion)
                && china == (AwsRegions.partitionOf(bucketRegion) == AwsRegions.Partition.AWS_CN)
                && (form != Form.DASH || AwsRegions.servesDashEndpoint(bucketRegion));
    }

    /**
     * The host with its port, without scheme, userinfo or path: safe to print.
     *
     * @return {@code host[:port]}
     */
    public String hostAndPort() {
        return reference.hostAndPort();
    }

    /**
     * What the endpoint is, for messages: "'s3.amazonaws.com' is the global endpoint, which serves
     * us-east-1 only".
     *
     * @return the description
     */
    public String describe() {
        String what = "'" + hostAndPort() + "' is " + form.description();
        return switch (form) {
            case REGIONAL, DASH, DUALSTACK, FIPS, FIPS_DUALSTACK ->
                what + " of " + region.orElseThrow() + (china ? " (China)" : "");
            default -> what;
        };
    }
}
