package dev.gitpodconfig.engine;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.RegistryCredentials;
import dev.gitpodconfig.model.RegistryCredentialsIndex;
import dev.gitpodconfig.model.SecretValues;
import java.util.ArrayList;
import java.util.List;

/**
 * The debug notes about registry credentials the checks could not look at: a Secret an installer
 * config names that is not among the checked files (many teams keep Secrets out of the repository, so
 * that is no finding), and a Secret whose content is a template placeholder.
 */
final class CredentialNotes {

    private CredentialNotes() {}

    static List<String> of(
            String file, List<CheckTarget> targets, RegistryCredentialsIndex index, SecretValues fileSecrets) {
        List<String> notes = new ArrayList<>();
        for (CheckTarget target : targets) {
            target.config()
                    .filter(config -> config.format() == GitpodConfig.Format.INSTALLER)
                    .flatMap(config -> config.registry().external())
                    .flatMap(ContainerRegistry.ExternalRegistry::credentialsSecret)
                    .ifPresent(reference -> note(file, reference, index, notes));
            target.document().ifPresent(document -> {
                for (RegistryCredentials credentials : index.inDocument(file, document.index())) {
                    if (credentials.status() == RegistryCredentials.Status.PLACEHOLDER) {
                        notes.add(file + ":" + at(credentials.location()) + " the "
                                + credentials.location().path() + " of " + credentials.describe()
                                + " is a template placeholder; its auths keys are not checked.");
                    }
                }
            });
        }
        return notes.stream().map(fileSecrets::mask).toList();
    }

    private static void note(String file, ConfigValue reference, RegistryCredentialsIndex index, List<String> notes) {
        reference.checkableText().ifPresent(name -> {
            if (index.forReference(file, name).isEmpty()) {
                notes.add(file + ":" + at(reference) + " " + reference.path() + " names the Secret `" + name
                        + "`, which is not among the checked files; registry-gcr-server and registry-gar-server"
                        + " check its auths keys only when its file is included.");
            }
        });
    }

    private static String at(ConfigValue value) {
        return "[" + value.position().line() + "," + value.position().column() + "]";
    }
}
