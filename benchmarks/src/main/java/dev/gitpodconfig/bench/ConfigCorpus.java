package dev.gitpodconfig.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic, deterministic mix of Gitpod configuration files for the benchmarks: installer
 * configs (half), KOTS ConfigValues (three in ten) and registry credential Secrets (two in ten, half of them
 * with an Opaque Secret or a SealedSecret of storage credentials after them), each 1 to 10 KB, about one in five with a registry or storage mistake.
 */
public final class ConfigCorpus {

    private static final String[] REGIONS = {"eu-west-1", "eu-west-2", "us-east-1", "us-west-2", "ap-southeast-1", "eu-central-1"};
    private static final String[] REGISTRIES = {
        "registry.example.com/gitpod", "myacr.azurecr.io", "gcr.io/my-project/gitpod",
        "europe-west1-docker.pkg.dev/my-project/gitpod", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod",
        "registry.gitlab.com/group/project", "harbor.internal.example.com:443/gitpod"};

    private ConfigCorpus() {}

    /**
     * The files' contents.
     *
     * @param count how many files
     * @param seed the random seed (the same seed gives the same files)
     * @return the contents
     */
    public static List<byte[]> generate(int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            String text = kind < 5 ? installer(random, i) : kind < 8 ? kots(random, i) : secret(random, i);
            files.add(text.getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /**
     * Writes the files into a directory as {@code configs/NNNNN/gitpod.config.yaml} and friends.
     *
     * @param directory the directory
     * @param contents the contents
     * @throws IOException if writing fails
     */
    public static void write(Path directory, List<byte[]> contents) throws IOException {
        for (int i = 0; i < contents.size(); i++) {
            Path folder = directory.resolve(String.format("configs/%05d", i));
            Files.createDirectories(folder);
            Files.write(folder.resolve("gitpod.config.yaml"), contents.get(i));
        }
    }

    private static String installer(Random random, int index) {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        boolean inCluster = random.nextInt(3) > 0;
        StringBuilder yaml = new StringBuilder(8192);
        yaml.append("# Gitpod installer configuration ").append(index).append('\n')
                .append("apiVersion: v1\nkind: Full\ndomain: gitpod-").append(index).append(".example.com\n")
                .append("metadata:\n  region: ").append(region).append("\n  shortname: default\n")
                .append("repository: eu.gcr.io/gitpod-core-dev/build\n")
                .append("certificate:\n  kind: secret\n  name: https-certificates\n")
                .append("database:\n  inCluster: ").append(random.nextBoolean()).append('\n')
                .append("containerRegistry:\n  inCluster: ").append(inCluster).append('\n')
                .append("  privateBaseImageAllowList:\n    - docker.io\n    - ghcr.io\n");
        if (inCluster) {
            String endpoint = random.nextInt(5) == 0 ? "s3.amazonaws.com" : "s3." + region + ".amazonaws.com";
            yaml.append("  s3storage:\n    bucket: registry-").append(index).append("\n    region: ").append(region)
                    .append("\n    endpoint: ").append(endpoint)
                    .append("\n    certificate:\n      kind: secret\n      name: container-registry-s3-backend\n");
        } else {
            yaml.append("  external:\n    url: ").append(REGISTRIES[random.nextInt(REGISTRIES.length)])
                    .append("\n    certificate:\n      kind: secret\n      name: container-registry\n");
        }
        yaml.append("objectStorage:\n  inCluster: false\n  s3:\n    endpoint: s3.").append(region)
                .append(".amazonaws.com\n    bucket: storage-").append(index)
                .append("\n    credentials:\n      kind: secret\n      name: storage-s3\n")
                .append("workspace:\n  runtime:\n    fsShiftMethod: fuse\n    containerdRuntimeDir: /var/lib/containerd/io.containerd.runtime.v2.task/k8s.io\n")
                .append("    containerdSocket: /run/containerd/containerd.sock\n")
                .append("  resources:\n    requests:\n      cpu: \"1\"\n      memory: 2Gi\n  maxLifetime: 36h0m0s\n")
                .append("  pvc:\n    size: 30Gi\n    storageClass: \"\"\n    snapshotClass: \"\"\n")
                .append("  prebuildPVC:\n    size: 30Gi\n    storageClass: \"\"\n    snapshotClass: \"\"\n")
                .append("observability:\n  logLevel: info\nopenVSX:\n  url: https://open-vsx.org\n")
                .append("customization:\n");
        int target = 1024 + random.nextInt(9 * 1024);
        int n = 0;
        while (yaml.length() < target) {
            yaml.append("  - apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: component-").append(n++)
                    .append("\n      labels:\n        team: platform\n        cost-center: \"4711\"\n")
                    .append("      annotations:\n        example.com/owner: platform-team@example.com\n");
        }
        return yaml.toString();
    }

    private static String kots(Random random, int index) {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        boolean inCluster = random.nextInt(3) > 0;
        StringBuilder yaml = new StringBuilder(4096);
        yaml.append("apiVersion: kots.io/v1beta1\nkind: ConfigValues\nmetadata:\n  name: gitpod-").append(index)
                .append("\nspec:\n  values:\n    domain:\n      value: gitpod-").append(index).append(".example.com\n")
                .append("    reg_incluster:\n      value: \"").append(inCluster ? 1 : 0).append("\"\n");
        if (inCluster) {
            yaml.append("    reg_incluster_storage:\n      value: s3\n    reg_incluster_storage_s3_region:\n      value: ")
                    .append(region).append("\n    reg_incluster_storage_s3_endpoint:\n      value: s3.")
                    .append(random.nextInt(5) == 0 ? "" : region + ".").append("amazonaws.com\n")
                    .append("    reg_incluster_storage_s3_bucketname:\n      value: registry-").append(index).append('\n')
                    .append("    reg_incluster_storage_s3_accesskey:\n      value: AKIAEXAMPLEEXAMPLE\n")
                    .append("    reg_incluster_storage_s3_secretkey:\n      valuePlaintext: example-secret-key-").append(index).append('\n');
        } else {
            String url = REGISTRIES[random.nextInt(REGISTRIES.length)];
            yaml.append("    reg_url:\n      value: ").append(url).append('\n')
                    .append("    reg_server:\n      value: ").append(url.substring(0, url.indexOf('/') < 0 ? url.length() : url.indexOf('/'))).append('\n')
                    .append("    reg_username:\n      value: _json_key\n    reg_password:\n      valuePlaintext: example-password\n");
        }
        yaml.append("    store_provider:\n      value: s3\n    store_region:\n      value: ").append(region).append('\n')
                .append("    store_s3_endpoint:\n      value: s3.").append(region).append(".amazonaws.com\n")
                .append("    store_s3_bucket:\n      value: storage-").append(index).append('\n')
                .append("    store_s3_access_key_id:\n      value: AKIAEXAMPLEEXAMPLE\n")
                .append("    store_s3_secret_access_key:\n      valuePlaintext: example-secret\n");
        int target = 1024 + random.nextInt(9 * 1024);
        int n = 0;
        while (yaml.length() < target) {
            yaml.append("    user_setting_").append(n++).append(":\n      value: \"setting value for the admin console ")
                    .append(n).append("\"\n      default: \"\"\n");
        }
        return yaml.toString();
    }

    private static String secret(Random random, int index) {
        String server = random.nextBoolean() ? "gcr.io" : "europe-west1-docker.pkg.dev";
        String json = "{\"auths\":{\"" + server + "\":{\"username\":\"_json_key\",\"password\":\"example\",\"auth\":\"ZXhhbXBsZQ==\"}}}";
        StringBuilder yaml = new StringBuilder(2048);
        yaml.append("apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\nmetadata:\n  name: container-registry-")
                .append(index).append("\n  namespace: gitpod\n  labels:\n    app: gitpod\n  annotations:\n");
        int target = 1024 + random.nextInt(2 * 1024);
        int n = 0;
        while (yaml.length() < target) {
            yaml.append("    example.com/rotation-").append(n++).append(": rotated by the platform team's credential job\n");
        }
        yaml.append("data:\n  .dockerconfigjson: ")
                .append(java.util.Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8))).append('\n');
        // Every other credentials file also holds the storage credentials an installer config names, as a plain
        // Secret or a SealedSecret: chosen by the index, so that the random sequence (and every other file) stays
        // as it was.
        if (index % 4 == 0) {
            yaml.append("---\napiVersion: v1\nkind: Secret\ntype: Opaque\nmetadata:\n  name: storage-s3-").append(index)
                    .append("\n  namespace: gitpod\ndata:\n  accessKeyId: QUtJQUVYQU1QTEU=\n")
                    .append("  secretAccessKey: ZXhhbXBsZS1zZWNyZXQ=\n");
        } else if (index % 4 == 2) {
            yaml.append("---\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: storage-s3-")
                    .append(index).append("\n  namespace: gitpod\nspec:\n  encryptedData:\n")
                    .append("    accessKeyId: AgBy3i4OJSWK+PiTySYZZA==\n    secretAccessKey: AgCtr8OJSWK+PiTySYZZA==\n")
                    .append("  template:\n    metadata:\n      name: storage-s3-").append(index).append('\n');
        }
        return yaml.toString();
    }
}
