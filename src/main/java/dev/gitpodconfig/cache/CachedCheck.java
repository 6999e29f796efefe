package dev.gitpodconfig.cache;

import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.InvalidOptionsException;
import dev.gitpodconfig.find.ConfigFileFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One check that reuses the last result kept in a {@link ResultCache} when nothing it depends on
 * changed: the files are found, looked up, and only on a miss loaded and checked. A build tool runs it,
 * reports its {@link #result()}, writes the report files unless {@link #reportsUnchanged(List)}, and
 * then calls {@link #keep(List)}.
 */
public final class CachedCheck {

    private final CheckOptions options;
    private final ResultCache cache;
    private final CheckResult result;
    private final boolean reused;
    private GitpodConfigChecker checker;

    private CachedCheck(CheckOptions options, ResultCache cache, CheckResult result, GitpodConfigChecker checker) {
        this.options = options;
        this.cache = cache;
        this.result = result;
        this.reused = checker == null;
        this.checker = checker;
    }

    /**
     * Finds the files and checks them, or reuses the last result.
     *
     * @param options the options
     * @param cacheFile where the last result is kept, or null for no cache
     * @return the check
     * @throws InvalidOptionsException if an option names an unknown rule or the config directory cannot be read
     */
    public static CachedCheck run(CheckOptions options, Path cacheFile) throws InvalidOptionsException {
        List<ConfigFileFinder.FoundFile> files = GitpodConfigChecker.findFiles(options);
        // Outside a jar (tests, an IDE) there is no identity of the code to key the cache on, so there is no cache.
        Optional<String> identity = cacheFile == null ? Optional.empty() : ResultCache.toolIdentity();
        ResultCache cache = identity.isPresent() ? ResultCache.open(cacheFile, identity.get(), options, files) : null;
        if (cache != null && cache.result().isPresent()) {
            // Nothing the result depends on changed: no file is parsed and no rule is even loaded.
            return new CachedCheck(options, cache, cache.result().get(), null);
        }
        GitpodConfigChecker checker = new GitpodConfigChecker(options);
        return new CachedCheck(options, cache, checker.check(files), checker);
    }

    /**
     * The result, found now or reused.
     *
     * @return the result
     */
    public CheckResult result() {
        return result;
    }

    /**
     * Whether the result is the last check's.
     *
     * @return true when it was reused
     */
    public boolean reused() {
        return reused;
    }

    /**
     * Whether a cache is in use: a cache file was given and the checker runs from jar files.
     *
     * @return true when results are looked up and kept
     */
    public boolean cached() {
        return cache != null;
    }

    /**
     * The checker of these options, for report writers that need its severity changes and disabled
     * rules; after a reused result it is created now (the options were valid when the result was kept).
     *
     * @return the checker
     * @throws InvalidOptionsException never in practice, see above
     */
    public GitpodConfigChecker checker() throws InvalidOptionsException {
        if (checker == null) {
            checker = new GitpodConfigChecker(options);
        }
        return checker;
    }

    /**
     * Whether the report files of a reused result are still as the last check wrote them, so that they
     * need not be written again.
     *
     * @param reports the report files this run would write
     * @return true only for a reused result whose reports are unchanged
     */
    public boolean reportsUnchanged(List<Path> reports) {
        return reused && cache.reportsUnchanged(reports);
    }

    /**
     * Keeps the result and the reports written from it for the next build, unless the cache already
     * holds exactly that.
     *
     * @param reports the report files of this run
     * @throws IOException if the cache file cannot be written
     */
    public void keep(List<Path> reports) throws IOException {
        if (cache != null && !reportsUnchanged(reports)) {
            cache.store(result, reports);
        }
    }
}
