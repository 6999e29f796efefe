package dev.gitpodconfig.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Who wrote a report: the plugin's name, version and home page, read from a resource that the build
 * fills in, and the address of each rule's documentation.
 *
 * @param name the tool's name
 * @param version the tool's version
 * @param informationUri the tool's home page: its GitHub repository, whose {@code docs/rules.md} documents
 *     every rule under a heading named by the rule id
 */
public record ToolInfo(String name, String version, String informationUri) {

    private static final String RESOURCE = "/dev/gitpodconfig/tool.properties";

    /**
     * The plugin's own identity.
     *
     * @return the tool info from the build, or placeholders when the resource is missing
     */
    public static ToolInfo load() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Fall back to the defaults below.
        }
        return new ToolInfo(
                filled(properties.getProperty("name"), "gitpod-config-maven-plugin"),
                filled(properties.getProperty("version"), "unknown"),
                filled(properties.getProperty("url"), "https://github.com/gitpod-config/gitpod-config-maven-plugin"));
    }

    /**
     * Where the rules are documented: the catalogue page generated from them, on the main branch.
     *
     * @return the address of {@code docs/rules.md}
     */
    public String catalogueUri() {
        return informationUri + "/blob/main/docs/rules.md";
    }

    /**
     * Where a rule is documented: its section of the catalogue page.
     *
     * @param ruleId the rule id
     * @return the address
     */
    public String helpUri(String ruleId) {
        return catalogueUri() + "#" + ruleId;
    }

    private static String filled(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.trim();
    }
}
