// Generates module-01 … module-20. Each module holds its configs in gitpod-NN/ (so that a finding line names its module
// even when the parallel build interleaves the modules' output) and gets its own mix of files, values and line numbers.
import java.nio.file.Files

// The plugin under test, as the invoker filtered it into the parent POM's pluginManagement.
def plugin = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml')).build.pluginManagement.plugins.plugin[0]
String pluginGroupId = plugin.groupId.text()
String pluginArtifactId = plugin.artifactId.text()
assert pluginGroupId && !pluginGroupId.contains('@')

// A build directory left by an earlier execution (the invoker clones onto it) must not stand in for this one's reports.
new File(basedir, 'target').deleteDir()

def regions = ['eu-west-1', 'us-east-2', 'ap-southeast-2', 'eu-central-1', 'ca-central-1']

// An installer config with an external registry.
def externalRegistry = { String domain, boolean inCluster, String url ->
    """\
apiVersion: v1
domain: ${domain}
containerRegistry:
  inCluster: ${inCluster}
  external:
    url: ${url}
    certificate:
      kind: secret
      name: container-registry
"""
}

// Each template gives a file name and its content for module i; every one has findings of different rules.
def templates = [
    { int i, String nn ->
        ['ecr.config.yaml', externalRegistry("gitpod-${nn}.example.com", false,
                "1234567890${nn}.dkr.ecr.${regions[i % regions.size()]}.amazonaws.com/gitpod-${nn}")] },
    { int i, String nn ->
        ['gitlab.config.yaml', externalRegistry("gitpod-${nn}.example.com", false, "registry.gitlab.com/group-${nn}/gitpod")
                + 'objectStorge:\n  inCluster: true\n'] },
    { int i, String nn -> ['kots-gcr.yaml', """\
apiVersion: kots.io/v1beta1
kind: ConfigValues
spec:
  values:
    reg_incluster:
      value: "0"
    reg_url:
      value: gcr.io/project-${nn}/gitpod
    reg_server:
      value: gcr.io/project-${nn}
    reg_username:
      value: _json_key
    reg_password:
      value: not-a-real-key-${nn}
"""] },
    { int i, String nn -> ['kots-s3.yaml', """\
apiVersion: kots.io/v1beta1
kind: ConfigValues
spec:
  values:
    reg_incluster:
      value: "1"
    reg_incluster_storage:
      value: s3
    reg_incluster_storage_s3_region:
      value: ${regions[(i + 1) % regions.size()]}
    reg_incluster_storage_s3_endpoint:
      value: s3.amazonaws.com
    reg_incluster_storage_s3_bucketname:
      value: registry-${nn}
    reg_incluster_storage_s3_accesskey:
      value: AKIAIOSFODNN7EXAMPLE
    reg_incluster_storage_s3_secretkey:
      value: not-a-real-secret-${nn}
    store_provider:
      value: s3
    store_region:
      value: ${regions[i % regions.size()]}
    store_s3_access_key_id:
      value: AKIAIOSFODNN7EXAMPLE
"""] },
    { int i, String nn -> ['unknown.config.yaml', """\
apiVersion: v1
domain: gitpod-${nn}.example.com
containerRegistery:
  inCluster: true
objectStorage:
  inCluser: true
workspace:
  runtime:
    containerdSocket: /run/containerd/containerd.sock
"""] },
    { int i, String nn -> ['duplicate.config.yaml', """\
apiVersion: v1
domain: gitpod-${nn}.example.com
metadata:
  region: ${regions[i % regions.size()]}
domain: gitpod-${nn}.example.org
containerRegistry:
  inCluster: true
objectStorage:
  inCluster: true
  inCluster: true
"""] },
    { int i, String nn -> ['s3.config.yaml', """\
apiVersion: v1
kind: Full
domain: gitpod-${nn}.example.com
metadata:
  region: ${regions[i % regions.size()]}
containerRegistry:
  inCluster: true
  s3storage:
    bucket: registry-${nn}
    certificate:
      kind: secret
      name: container-registry-s3-backend
objectStorage:
  inCluster: false
  s3:
    endpoint: https://s3.${regions[i % regions.size()]}.amazonaws.com
    bucket: storage-${nn}
    credentials:
      kind: secret
      name: object-storage
"""] },
    { int i, String nn ->
        ['ignored.config.yaml', externalRegistry("\${DOMAIN_${nn}}", true, "registry.example.com/gitpod-${nn}")] },
]

(1..20).each { int i ->
    String nn = String.format('%02d', i)
    File module = new File(basedir, "module-${nn}")
    File configs = new File(module, "gitpod-${nn}")
    configs.mkdirs()
    new File(module, 'pom.xml').text = """\
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>dev.gitpodconfig.it</groupId>
    <artifactId>concurrency-reactor</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>module-${nn}</artifactId>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>${pluginGroupId}</groupId>
        <artifactId>${pluginArtifactId}</artifactId>
      </plugin>
    </plugins>
  </build>
</project>
"""
    // Three to six files per module, starting at a different template; a few comment lines move the findings' lines.
    int count = 3 + i % 4
    String header = (0..<(i % 5)).collect { "# module-${nn}, line ${it + 1}\n" }.join('')
    (0..<count).each { int k ->
        def (String name, String text) = templates[(i + k) % templates.size()](i, nn)
        Files.writeString(new File(configs, name).toPath(), header + text)
    }
}
true
