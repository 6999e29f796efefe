package dev.gitpodconfig.engine;

/**
 * Findings of one file beyond the per-file limit: counted, so that the summary and the build result
 * stay right, but not listed.
 *
 * @param file the file, relative to the project base directory
 * @param errors how many errors were not listed
 * @param warnings how many warnings were not listed
 * @param infos how many infos were not listed
 */
public record OmittedFindings(String file, long errors, long warnings, long infos) {

    /**
     * All findings not listed.
     *
     * @return the total
     */
    public long total() {
        return errors + warnings + infos;
    }
}
