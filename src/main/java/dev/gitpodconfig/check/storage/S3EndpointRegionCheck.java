package dev.gitpodconfig.check.storage;

import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.AwsRegions;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.S3Endpoint;
import dev.gitpodconfig.model.Suggestions;
import java.util.Optional;

/**
 * The check {@code registry-s3-endpoint-region} and {@code storage-s3-endpoint-region} share: does an
 * AWS S3 endpoint serve the bucket's Region? The Region must be a listed AWS Region (an unlisted one is
 * reported here, once, at the Region's value, with the nearest listed name); the endpoint must name it
 * in any S3 form (regional, dash, dual-stack, FIPS; {@code s3.amazonaws.com} for us-east-1) with the
 * partition's suffix ({@code .amazonaws.com.cn} in China). Endpoints that are not AWS hosts (MinIO,
 * Ceph, any S3-compatible service) and placeholders are out of scope.
 */
public final class S3EndpointRegionCheck {

    private S3EndpointRegionCheck() {}

    /**
     * The Region a setting names, when it is a listed AWS Region: what the S3 rules take as the
     * bucket's Region in examples and as a sign of an install on AWS.
     *
     * @param setting the setting
     * @return the Region
     */
    public static Optional<String> awsRegion(Optional<ConfigValue> setting) {
        return setting.flatMap(ConfigValue::checkableText).filter(AwsRegions::isKnown);
    }

    /**
     * Checks one endpoint against one Region.
     *
     * @param format the file's format, for the fix
     * @param region the bucket's Region setting
     * @param endpoint the endpoint setting
     * @param consequence what goes wrong on a cluster, one or more sentences
     * @param findings where to report
     */
    public static void check(
            GitpodConfig.Format format,
            ConfigValue region,
            ConfigValue endpoint,
            String consequence,
            FindingSink findings) {
        Optional<String> regionText = region.checkableText();
        Optional<String> endpointText = endpoint.checkableText();
        if (regionText.isEmpty() || endpointText.isEmpty()) {
            return;
        }
        S3Endpoint parsed = S3Endpoint.parse(endpointText.get());
        if (!parsed.isAws()) {
            return;
        }
        String regionName = Wording.nameOf(region);
        String endpointName = Wording.nameOf(endpoint);
        if (!AwsRegions.isKnown(regionText.get())) {
            reportUnknownRegion(format, region, regionText.get(), endpointName, parsed, consequence, findings);
        } else if (!parsed.serves(regionText.get())) {
            reportMismatch(format, regionName, regionText.get(), endpoint, parsed, consequence, findings);
        }
    }

    private static void reportUnknownRegion(
            GitpodConfig.Format format,
            ConfigValue region,
            String text,
            String endpointName,
            S3Endpoint endpoint,
            String consequence,
            FindingSink findings) {
        String regionName = Wording.nameOf(region);
        Optional<String> suggestion = nearestRegion(text)
                .or(() -> endpoint.region()
                        .filter(r -> endpoint.form() != S3Endpoint.Form.GLOBAL)
                        .filter(AwsRegions::isKnown));
        String what = text.equals("local")
                ? regionName
                        + " is 'local', the region name of the in-cluster MinIO, but the endpoint is on AWS, which has no "
                        + "Region 'local'."
                : regionName + " '" + text
                        + "' is not an AWS Region (the plugin knows the Regions of the aws, aws-cn and "
                        + "aws-us-gov partitions as of " + AwsRegions.readOn() + ")."
                        + suggestion.map(s -> " Did you mean '" + s + "'?").orElse("");
        String fix = "Set " + Wording.set(format, regionName, suggestion.orElse("<the bucket's Region>"))
                + " and "
                + Wording.set(
                        format,
                        endpointName,
                        suggestion.map(AwsRegions::s3Endpoint).orElse("s3.<region>.amazonaws.com"))
                + ".";
        if (AwsRegions.looksLikeRegion(text)) {
            fix += " If AWS opened '" + text + "' after " + AwsRegions.readOn() + ", skip this rule with skipRules.";
        }
        findings.at(region).message(what + " " + consequence).fix(fix).report();
    }

    private static void reportMismatch(
            GitpodConfig.Format format,
            String regionName,
            String region,
            ConfigValue endpoint,
            S3Endpoint parsed,
            String consequence,
            FindingSink findings) {
        String endpointName = Wording.nameOf(endpoint);
        String expected = AwsRegions.s3Endpoint(region);
        String subject = endpoint.isDefault()
                ? endpointName + " is not set, so KOTS uses its pre-filled '" + parsed.hostAndPort() + "': "
                : endpointName + ": ";
        boolean sameRegion = parsed.region().filter(region::equals).isPresent();
        String what;
        if (parsed.form() == S3Endpoint.Form.NOT_S3) {
            what = parsed.describe() + ".";
        } else if (sameRegion && parsed.form() == S3Endpoint.Form.DASH && !parsed.china()) {
            what = "'" + parsed.hostAndPort() + "' is the legacy dash-form endpoint, which AWS serves only in Regions "
                    + "launched before 2019-03-20; " + region + " is not one of them.";
        } else if (sameRegion && parsed.china()) {
            what = "'" + parsed.hostAndPort() + "' ends in .amazonaws.com.cn, which only the China Regions use.";
        } else if (sameRegion) {
            what = "'" + parsed.hostAndPort() + "' names " + region
                    + ", but the endpoints of China Regions end in .amazonaws.com.cn.";
        } else {
            what = parsed.describe() + ", but the bucket's Region (" + regionName + ") is " + region + ".";
        }
        String accepted = region.equals("us-east-1") ? expected + " (or s3.amazonaws.com)" : expected;
        findings.at(endpoint)
                .message(subject + what + " For " + region + " the endpoint is " + accepted + ". " + consequence)
                .fix("Set " + Wording.set(format, endpointName, expected) + " (a dual-stack or FIPS endpoint of "
                        + region + " works as well), or correct " + regionName + " if the bucket is in another Region.")
                .report();
    }

    /**
     * "Did you mean" for a name that is not a listed AWS Region: the nearest listed one, when the name
     * looks like a Region or is a near miss (a far-fetched guess for {@code local} helps nobody).
     */
    private static Optional<String> nearestRegion(String region) {
        String nearest = AwsRegions.nearest(region);
        return AwsRegions.looksLikeRegion(region) || Suggestions.distance(region, nearest) <= 3
                ? Optional.of(nearest)
                : Optional.empty();
    }
}
