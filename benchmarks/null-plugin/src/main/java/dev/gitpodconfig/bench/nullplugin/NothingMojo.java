package dev.gitpodconfig.bench.nullplugin;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Does nothing, in the validate phase: what remains of its cost is Maven's cost of running a plugin. */
@Mojo(name = "nothing", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class NothingMojo extends AbstractMojo {

    @Override
    public void execute() {
        // Nothing, on purpose.
    }
}
