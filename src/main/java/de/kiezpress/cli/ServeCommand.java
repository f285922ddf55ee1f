package de.kiezpress.cli;

import de.kiezpress.diag.Diagnostic;
import de.kiezpress.serve.PreviewServer;
import de.kiezpress.serve.RebuildReport;
import de.kiezpress.serve.ServeOptions;
import de.kiezpress.serve.Started;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kiezpress serve}: the editors' preview, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Builds the site into a temporary folder and serves it on http://127.0.0.1:1313/.",
            "Rebuilds what a saved file touches and reloads open tabs; a broken file shows its problems in the browser."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    private KiezpressCommand parent;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site's folder (default: the working directory)")
    private Path source = Path.of("");

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "the port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    private int port = ServeOptions.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDR", description = "the address to listen on (default: ${DEFAULT-VALUE})")
    private String bind = ServeOptions.DEFAULT_BIND;

    @Option(names = "--drafts", description = "show drafts, with an \"Entwurf\" banner")
    private boolean drafts;

    @Option(names = "--future", description = "show articles dated in the future, with a \"Geplant für …\" banner")
    private boolean future;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = parent.out();
        PrintStream err = parent.err();
        if (port < 0 || port > 65535) {
            err.println("kiezpress: --port: " + port + " is not a port (0 to 65535)");
            return Cli.USAGE;
        }
        ServeOptions options = new ServeOptions(source.toAbsolutePath().normalize(), bind, port, drafts, future,
                ZonedDateTime.now(), ServeOptions.DEFAULT_QUIET);
        Started started = PreviewServer.start(options, report -> printRebuild(report, out, err));
        if (started instanceof Started.Refused refused) {
            refused.diagnostics().forEach(d -> err.println(d.format()));
            err.println("kiezpress: cannot serve: " + refused.reason());
            return Cli.USAGE;
        }
        Started.Running running = (Started.Running) started;
        PreviewServer server = running.server();
        RebuildReport first = running.firstBuild();
        first.result().diagnostics().forEach(d -> err.println(d.format()));
        if (first.ok()) {
            out.println("kiezpress: built " + first.result().pages() + " pages in " + first.result().time().toMillis() + " ms");
        } else {
            err.println("kiezpress: the site does not build yet (" + first.result().errorCount()
                    + " errors); the browser shows them until the next good save");
        }
        if (!isLoopback(bind)) {
            err.println("kiezpress: note: listening on " + bind + ", so other computers can see the preview");
        }
        out.println("kiezpress: serving " + server.url() + " (press Ctrl-C to stop)");
        Thread stopper = new Thread(() -> {
            server.close();
            out.println("kiezpress: stopped");
        }, "kiezpress-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        server.awaitClose();
        return Cli.OK;
    }

    private static void printRebuild(RebuildReport report, PrintStream out, PrintStream err) {
        if (report.ok()) {
            report.fresh().forEach(d -> err.println(d.format()));
            out.println("kiezpress: rebuilt " + report.result().pages() + " of " + report.pagesInSite() + " pages in "
                    + report.result().time().toMillis() + " ms" + (report.full() ? " (everything)" : "")
                    + warnings(report));
        } else {
            report.result().diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.format()));
            report.fresh().stream().filter(d -> !d.isError()).forEach(d -> err.println(d.format()));
            err.println("kiezpress: failed: " + report.result().errorCount() + " error"
                    + (report.result().errorCount() == 1 ? "" : "s")
                    + "; the browser shows the problems until the next good save");
        }
    }

    private static String warnings(RebuildReport report) {
        long warnings = report.result().warningCount();
        return warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
