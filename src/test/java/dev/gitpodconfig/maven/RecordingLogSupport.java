package dev.gitpodconfig.maven;

import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.di.Provides;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;

/** Gives a harness test the lines its Mojo logs, prefixed with their level. */
abstract class RecordingLogSupport {

    @Inject
    private Log log;

    @Provides
    Log log() {
        return new CheckMojoTest.RecordingLog();
    }

    @BeforeEach
    void clearLog() {
        lines().clear();
    }

    /** The lines logged so far. */
    List<String> lines() {
        return ((CheckMojoTest.RecordingLog) log).lines;
    }
}
