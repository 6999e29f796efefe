// Files a hostile pull request can check in: Linux allows every byte in a name but '/' and NUL. They are made here,
// not kept in the repository, whose tools could not hold them.
import java.nio.file.Files

def ecr = '''\
containerRegistry:
  inCluster: false
  external:
    url: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod
    certificate:
      kind: secret
      name: container-registry
'''
def dir = basedir.toPath()
Files.writeString(dir.resolve('evil\n::stop-commands::pwnd\n::error file=README.md,line=1::fake.yaml'), ecr)
Files.writeString(dir.resolve('broken\r\u001b[31m.yaml'), 'a: [\n')
Files.writeString(dir.resolve('gitpod\\gitpod.config.yaml'), ecr)
true
