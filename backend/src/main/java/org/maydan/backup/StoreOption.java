package org.maydan.backup;

import picocli.CommandLine;

/** The {@code --store PATH} option of {@code backup} and {@code restore}. */
final class StoreOption {

    static final String DEFAULT_STORE = "./maydan-data/maydan";

    @CommandLine.Option(names = "--store", paramLabel = "PATH", defaultValue = DEFAULT_STORE,
            description = "the embedded store: maydan.embedded.url without jdbc:h2:file: (${DEFAULT-VALUE})")
    String path = DEFAULT_STORE;

    EmbeddedStoreFile store() {
        return EmbeddedStoreFile.of(path);
    }
}
