// The reports are written although the build fails; the SARIF validates against the official schema.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def sarifFile = new File(basedir, 'target/gitpod-config/gitpod-config.sarif')
def xmlFile = new File(basedir, 'target/gitpod-config/gitpod-config-checkstyle.xml')
assert sarifFile.isFile()
assert xmlFile.isFile()
def sarifText = sarifFile.getText('UTF-8')
def xmlText = xmlFile.getText('UTF-8')

def errors = dev.gitpodconfig.report.SarifSchema.errors(sarifText)
assert errors.isEmpty() : errors.join('\n')

def run = new JsonSlurper().parseText(sarifText).runs[0]
assert run.tool.driver.name == 'gitpod-config-maven-plugin'
assert run.tool.driver.version ==~ /\d+\.\d+\.\d+.*/
assert run.tool.driver.rules*.id.contains('registry-ecr-unsupported')
assert run.tool.driver.rules.every {
    it.helpUri.endsWith('/blob/main/docs/rules.md#' + it.id) && it.help.text.startsWith('Fix: ')
}
def ecr = run.results.find { it.ruleId == 'registry-ecr-unsupported' }
assert ecr.level == 'error'
def location = ecr.locations[0]
assert location.physicalLocation.artifactLocation.uri == 'gitpod/gitpod.config.yaml'
assert location.physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.physicalLocation.region == [startLine: 6, startColumn: 10, endLine: 6, endColumn: 91]
assert location.logicalLocations[0].fullyQualifiedName == 'containerRegistry.external.url'
assert ecr.partialFingerprints['gitpodConfigFinding/v1'] ==~ /[0-9a-f]{32}/
assert run.results.find { it.ruleId == 'registry-gitlab-unsupported' }.locations[0].physicalLocation.region.startLine == 8

assert xmlText.contains('<error line="6" column="10" severity="error" message="Amazon ECR cannot be Gitpod&apos;s registry')
assert xmlText.contains('source="registry-ecr-unsupported"/>')
assert xmlText.contains('source="registry-gitlab-unsupported"/>')

assert log.contains('[ERROR] gitpod/gitpod.config.yaml:[6,10] (registry-ecr-unsupported) Amazon ECR cannot be Gitpod\'s registry')
assert log.contains('[INFO] Report(s): target/gitpod-config/gitpod-config.sarif, target/gitpod-config/gitpod-config-checkstyle.xml')
// Workflow commands stand on their own lines, without Maven's level prefix.
assert log =~ /(?m)^::error file=(.*\/)?gitpod\/gitpod\.config\.yaml,line=6,col=10,title=registry-ecr-unsupported::Amazon ECR cannot be/
assert log =~ /(?m)^::error file=(.*\/)?gitpod\/kots-config\.yaml,line=8,col=14,title=registry-gitlab-unsupported::/

for (secret in ['KotsRegPassw0rd-Planted', 'c2VjcmV0LWF1dGgtcGxhbnRlZA==', 'secret-auth-planted', 'UrlUserinfoS3cret']) {
    assert !sarifText.contains(secret) : "SARIF contains ${secret}"
    assert !xmlText.contains(secret) : "Checkstyle XML contains ${secret}"
    assert !log.contains(secret) : "build.log contains ${secret}"
}
true
