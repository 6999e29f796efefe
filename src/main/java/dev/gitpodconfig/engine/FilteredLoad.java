package dev.gitpodconfig.engine;

import dev.gitpodconfig.filter.FilteredStructure;
import dev.gitpodconfig.filter.FilteredText;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.SafeYamlLoader;

/**
 * Loads a file as Maven resource filtering rewrote it. A class of its own so that a build without filtered
 * resources never loads it nor, through the checker's verification, the position map it hands the loader.
 */
final class FilteredLoad {

    private FilteredLoad() {}

    /** Parses the filtered text with positions in the source, and adds the values that became YAML structure. */
    static LoadedFile load(SafeYamlLoader loader, String reported, String source, FilteredText filtered) {
        LoadedFile file = loader.load(reported, source, filtered.text(), filtered);
        return new LoadedFile(
                file.relativePath(),
                file.text(),
                FilteredStructure.check(file.documents(), filtered),
                file.problems(),
                file.marked(),
                file.brokenDocumentSecrets());
    }
}
