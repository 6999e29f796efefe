package dev.gitpodconfig.filter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How Maven will filter the project's resources, as maven-resources-plugin 3.3.x does: which directories it
 * filters, the delimiters and escape string of its configuration, and the value of each expression. Part of the
 * check options and so of the result cache's key, which must never hold a secret: {@link FilterValue#toString()}
 * leaves secret values out.
 *
 * @param directories the resource directories with filtering on; none turns filtering off
 * @param delimiters the delimiters, {@code ${*}} and {@code @} by default: {@code begin*end}, or one text that both
 *     begins and ends an expression
 * @param escapeString the text that keeps the expression after it as written ({@code \}), or null
 * @param multiLine whether an expression may span lines ({@code supportMultiLineFiltering})
 * @param values the value of each property name, in the precedence maven-filtering gives them (filter files, then
 *     project properties, system properties and environment ({@code env.*}), user properties), and the model values
 *     ({@code project.*}, {@code settings.*}) after them; an expression not found here stays as written
 */
public record ResourceFiltering(
        List<ResourceDirectory> directories,
        List<String> delimiters,
        String escapeString,
        boolean multiLine,
        Map<String, FilterValue> values) {

    /** The delimiters maven-resources-plugin uses unless {@code useDefaultDelimiters} is false. */
    public static final List<String> DEFAULT_DELIMITERS = List.of("${*}", "@");

    /** No filtering: every file is parsed as it is. */
    public static final ResourceFiltering NONE =
            new ResourceFiltering(List.of(), DEFAULT_DELIMITERS, null, false, Map.of());

    /**
     * Creates the filtering; the collections are copied (the values sorted, as the cache key lists them), except all
     * the values of a build ({@link FilterSources#build}), which are looked up by name.
     *
     * @param directories filtered directories
     * @param delimiters delimiters
     * @param escapeString escape string or null
     * @param multiLine whether expressions may span lines
     * @param values values by name
     */
    public ResourceFiltering {
        directories = List.copyOf(directories);
        delimiters = List.copyOf(delimiters);
        escapeString = escapeString == null || escapeString.isEmpty() ? null : escapeString;
        // All the values of a build are looked up as filtering asks for them, not copied: there are hundreds.
        values = values instanceof FilterSources.Values ? values : new TreeMap<>(values);
    }

    /**
     * Whether Maven filters a file: it is in a filtered resource directory and selected by its patterns.
     *
     * @param file the file
     * @return true when it is filtered
     */
    public boolean filters(Path file) {
        // Every file of every build asks: without filtered directories not even ResourceDirectory is loaded.
        return !directories.isEmpty() && ResourceDirectory.anyFilters(directories, file);
    }

    /**
     * Filters a text as Maven will.
     *
     * @param text the file's text
     * @return the filtered text, with the substitutions and the map back to the source
     */
    public FilteredText filter(String text) {
        return new TextFilter(this).filter(text);
    }

    /**
     * Keeps only what filtering these texts reads: the values of the expressions they hold (and of the expressions
     * in those values), and {@link FilterValue#UNSET} for those nothing defines, so that defining one later changes
     * the cache key too. A value that lands after a key named like a credential counts as secret. Without any text nothing is filtered, and the result is {@link #NONE}.
     *
     * @param texts the texts of the files Maven filters
     * @return the filtering that reads only what these texts need
     */
    public ResourceFiltering onlyFor(List<String> texts) {
        if (texts.isEmpty() || directories.isEmpty()) {
            return NONE;
        }
        TextFilter filter = new TextFilter(this);
        for (String text : texts) {
            filter.filter(text);
        }
        return new ResourceFiltering(
                directories, delimiters, escapeString, multiLine, valuesOf(filter.consulted(), filter.atSecretKeys()));
    }

    /**
     * Keeps only the values of these names, and {@link FilterValue#UNSET} for those nothing defines: the filtering a
     * kept result's files read, looked up again without reading the files. For unchanged texts it equals what
     * {@link #onlyFor} gives whenever that result could be kept: filtering reads no other name, and a value at a key
     * named like a credential would have made it {@link #usesSecrets() use secrets}, which are never kept.
     *
     * @param names the names the files read, as {@link #values()} of {@link #onlyFor} listed them
     * @return the filtering that reads only these names
     */
    public ResourceFiltering restrictTo(Collection<String> names) {
        return new ResourceFiltering(directories, delimiters, escapeString, multiLine, valuesOf(names, Set.of()));
    }

    private Map<String, FilterValue> valuesOf(Collection<String> names, Set<String> atSecretKeys) {
        Map<String, FilterValue> read = new TreeMap<>();
        for (String name : names) {
            FilterValue value = values.get(name);
            if (value != null && !value.secret() && atSecretKeys.contains(name)) {
                // The value of a password key is a secret whatever the property is called.
                value = new FilterValue(value.value(), value.origin(), true);
            }
            read.put(name, value == null ? FilterValue.UNSET : value);
        }
        return read;
    }

    /**
     * Whether a value this filtering uses comes from a property whose name looks like a credential's.
     *
     * @return true when one does
     */
    public boolean usesSecrets() {
        for (FilterValue value : values.values()) {
            if (value.secret() && value.value() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values of properties whose names look like credentials', and their longer parts between {@code /},
     * {@code :}, {@code @} and the like: masked in every message, since a rule may quote only the host of a value.
     *
     * @return the values and parts
     */
    public Set<String> secretValues() {
        Set<String> secrets = new TreeSet<>();
        for (FilterValue value : values.values()) {
            if (value.secret() && value.value() != null && !value.value().isEmpty()) {
                secrets.add(value.value());
                addParts(value.value(), secrets);
            }
        }
        return secrets;
    }

    /** Where a secret value is cut into parts that a message may quote on their own. */
    private static final String SECRET_PART_ENDS = "/:@?&=# \t\r\n";
    /** Shorter parts ({@code https}, {@code gitpod}) are ordinary words, not worth masking. */
    private static final int MIN_SECRET_PART = 8;

    /** Adds the parts of a value between {@link #SECRET_PART_ENDS}; a plain loop, as no regex is compiled. */
    private static void addParts(String value, Set<String> into) {
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || SECRET_PART_ENDS.indexOf(value.charAt(i)) >= 0) {
                if (i - start >= MIN_SECRET_PART && i - start < value.length()) {
                    into.add(value.substring(start, i));
                }
                start = i + 1;
            }
        }
    }

    /**
     * One delimiter, parsed as maven-filtering parses it.
     *
     * @param begin the text that opens an expression
     * @param end the text that closes it
     */
    record Delimiter(String begin, String end) {

        static List<Delimiter> parse(List<String> specs) {
            List<Delimiter> parsed = new ArrayList<>();
            for (String spec : specs) {
                if (spec == null || spec.isEmpty()) {
                    continue;
                }
                int star = spec.indexOf('*');
                parsed.add(
                        star < 0
                                ? new Delimiter(spec, spec)
                                : new Delimiter(spec.substring(0, star), spec.substring(star + 1)));
            }
            return parsed;
        }
    }
}
