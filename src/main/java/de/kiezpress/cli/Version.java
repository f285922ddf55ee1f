package de.kiezpress.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ("dev" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"kiezpress " + (version == null ? "dev" : version),
            "Java " + System.getProperty("java.version")};
    }
}
