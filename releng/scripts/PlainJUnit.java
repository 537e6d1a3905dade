import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the JUnit Jupiter tests of one package on the class path, without OSGi, and exits 1 when
 * one failed or none was found. Started by graph-plain-junit.sh in Java's source-file mode,
 * because the JUnit console launcher is not among the artifacts the build fetches.
 */
public final class PlainJUnit {

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PlainJUnit PACKAGE");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectPackage(args[0])).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        summary.printFailuresTo(out, 20);
        out.printf("%s: %d tests, %d succeeded, %d failed, %d aborted, %d skipped, in %.1f s%n", args[0],
                summary.getTestsFoundCount(), summary.getTestsSucceededCount(), summary.getTotalFailureCount(),
                summary.getTestsAbortedCount(), summary.getTestsSkippedCount(),
                (summary.getTimeFinished() - summary.getTimeStarted()) / 1000.0);
        System.exit(summary.getTotalFailureCount() > 0 || summary.getTestsFoundCount() == 0 ? 1 : 0);
    }
}
