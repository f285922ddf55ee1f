package de.kiezpress;

import de.kiezpress.cli.Cli;

/** Entry point: hands the arguments to the command line (in a tuned JVM, see {@link Launcher}) and exits with its status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        var relaunched = Launcher.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
