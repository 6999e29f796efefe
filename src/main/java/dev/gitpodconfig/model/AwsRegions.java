package dev.gitpodconfig.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS Regions of the {@code aws}, {@code aws-cn} and {@code aws-us-gov} partitions, read once from
 * the bundled {@code aws-regions.txt} (its header names the source and the date it was read), and the
 * S3 endpoint each Region documents. Immutable and thread-safe.
 */
public final class AwsRegions {

    /** The resource the Regions are read from. */
    public static final String RESOURCE = "/dev/gitpodconfig/aws-regions.txt";

    /** The partitions whose Regions are listed. */
    public enum Partition {
        /** The commercial partition: {@code *.amazonaws.com}. */
        AWS("aws", "amazonaws.com"),
        /** China (Beijing, Ningxia): {@code *.amazonaws.com.cn}. */
        AWS_CN("aws-cn", "amazonaws.com.cn"),
        /** AWS GovCloud (US): {@code *.amazonaws.com}. */
        AWS_US_GOV("aws-us-gov", "amazonaws.com");

        private final String id;
        private final String dnsSuffix;

        Partition(String id, String dnsSuffix) {
            this.id = id;
            this.dnsSuffix = dnsSuffix;
        }

        /**
         * The partition id, e.g. {@code aws-cn}.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * The DNS suffix of the partition's endpoints.
         *
         * @return {@code amazonaws.com} or {@code amazonaws.com.cn}
         */
        public String dnsSuffix() {
            return dnsSuffix;
        }

        static Partition byId(String id) {
            for (Partition partition : values()) {
                if (partition.id.equals(id)) {
                    return partition;
                }
            }
            throw new IllegalStateException("unknown partition '" + id + "' in " + RESOURCE);
        }
    }

    /** The shape of a Region name, e.g. {@code eu-west-1}, {@code us-gov-west-1}, {@code cn-northwest-1}. */
    private static final Pattern REGION_SHAPE = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d+$");

    private static final Pattern READ_DATE = Pattern.compile("^#\\s*Read:\\s*(\\d{4}-\\d{2}-\\d{2}).*");

    /**
     * The Regions that serve the legacy dash-form S3 endpoint {@code s3-<region>.amazonaws.com}: those AWS
     * launched before 2019-03-20, outside China (AWS S3 user guide, "Virtual hosting of buckets", "Legacy:
     * s3-Region endpoints"; the S3 endpoint table of that time lists these). Later Regions answer on
     * {@code s3.<region>.amazonaws.com} only.
     */
    private static final Set<String> DASH_ENDPOINT_REGIONS = Set.of(
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2",
            "ca-central-1",
            "sa-east-1",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "eu-central-1",
            "eu-north-1",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-northeast-3",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-south-1",
            "us-gov-west-1",
            "us-gov-east-1");

    private static final Map<String, Partition> REGIONS;
    private static final String READ_ON;

    static {
        Map<String, Partition> regions = new LinkedHashMap<>();
        String readOn = "";
        try (InputStream in = AwsRegions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            // Read in every clean build, so without a regular expression per line (String.split compiles one).
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String data = line.strip();
                if (data.startsWith("#")) {
                    Matcher date = READ_DATE.matcher(data);
                    if (date.matches()) {
                        readOn = date.group(1);
                    }
                }
                int comment = data.indexOf('#');
                data = (comment < 0 ? data : data.substring(0, comment))
                        .replace('\t', ' ')
                        .strip();
                int space = data.indexOf(' ');
                String partition = space < 0 ? "" : data.substring(space + 1).strip();
                if (space > 0 && !partition.isEmpty() && partition.indexOf(' ') < 0) {
                    regions.put(data.substring(0, space), Partition.byId(partition));
                } else if (!data.isEmpty()) {
                    throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        REGIONS = Map.copyOf(regions);
        READ_ON = readOn;
    }

    private AwsRegions() {}

    /**
     * Whether a name is a listed Region (case-sensitive: AWS signs with the name as written).
     *
     * @param region the name
     * @return true if listed
     */
    public static boolean isKnown(String region) {
        return REGIONS.containsKey(region);
    }

    /**
     * Whether a name looks like an AWS Region ({@code xx-word-N}), listed or not.
     *
     * @param region the name
     * @return true for the shape of a Region name
     */
    public static boolean looksLikeRegion(String region) {
        return REGION_SHAPE.matcher(region).matches();
    }

    /**
     * The partition of a Region: from the list, else guessed from its prefix ({@code cn-},
     * {@code us-gov-}) so that an unlisted Region still gets the right endpoint suffix.
     *
     * @param region the Region
     * @return the partition
     */
    public static Partition partitionOf(String region) {
        Partition listed = REGIONS.get(region);
        if (listed != null) {
            return listed;
        }
        String lower = region.toLowerCase(Locale.ROOT);
        return lower.startsWith("cn-")
                ? Partition.AWS_CN
                : lower.startsWith("us-gov-") ? Partition.AWS_US_GOV : Partition.AWS;
    }

    /**
     * The listed Region nearest to a name, for "did you mean" messages.
     *
     * @param region the unlisted name
     * @return the nearest listed Region
     */
    public static String nearest(String region) {
        return Suggestions.nearest(region, REGIONS.keySet().stream().sorted().toList())
                .orElseThrow();
    }

    /**
     * The S3 endpoint AWS documents for a Region: {@code s3.<region>.amazonaws.com}, or
     * {@code s3.<region>.amazonaws.com.cn} in China.
     *
     * @param region the Region
     * @return the endpoint host
     */
    public static String s3Endpoint(String region) {
        return "s3." + region + "." + partitionOf(region).dnsSuffix();
    }

    /**
     * Whether AWS serves the legacy dash-form endpoint {@code s3-<region>.amazonaws.com} for a Region: only
     * for Regions launched before 2019-03-20, and never in China.
     *
     * @param region the Region
     * @return true if {@code s3-<region>.amazonaws.com} reaches the Region's buckets
     */
    public static boolean servesDashEndpoint(String region) {
        return DASH_ENDPOINT_REGIONS.contains(region);
    }

    /**
     * When the list was read from its source, for messages about unlisted Regions.
     *
     * @return the date, {@code yyyy-mm-dd}
     */
    public static String readOn() {
        return READ_ON;
    }

    public static int size() {
        return REGIONS.size();
    }
}
