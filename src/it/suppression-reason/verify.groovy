// A suppressed finding leaves the error count (the build passes) and stays in SARIF with its reason.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Checked 1 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped.')
assert log.contains('[INFO] 1 finding(s) suppressed by gitpod-config:ignore comments; -X lists them with their reasons.')
assert !log.contains('(registry-ecr-unsupported)')
assert log.contains('BUILD SUCCESS')

def sarifText = new File(basedir, 'target/gitpod-config/gitpod-config.sarif').getText('UTF-8')
def errors = dev.gitpodconfig.report.SarifSchema.errors(sarifText)
assert errors.isEmpty() : errors.join('\n')
def results = new JsonSlurper().parseText(sarifText).runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'registry-ecr-unsupported'
assert results[0].locations[0].physicalLocation.region.startLine == 5
def suppression = results[0].suppressions[0]
assert suppression.kind == 'inSource'
assert suppression.status == 'accepted'
assert suppression.justification == 'staging only; moving to the in-cluster registry in OPS-42'
assert suppression.location.physicalLocation.region.startLine == 4
true
