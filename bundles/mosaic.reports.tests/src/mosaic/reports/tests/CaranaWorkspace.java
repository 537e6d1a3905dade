package mosaic.reports.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.core.workspace.Workspace;
import mosaic.mission.carana.CaranaGenerator;

/** The Carana demo workspace, generated once per test run (the generator is deterministic). */
final class CaranaWorkspace {

    private static Workspace workspace;

    private CaranaWorkspace() {
    }

    static synchronized Workspace get() throws Exception {
        if (workspace == null) {
            Path folder = Files.createTempDirectory("mosaic-reports-carana");
            CaranaGenerator.generate(folder.resolve("carana"), CaranaGenerator.DEFAULT_SEED);
            workspace = Workspace.open(folder.resolve("carana"), new NullProgressMonitor());
        }
        return workspace;
    }

    /** Where rendered products are kept for looking at: target/products of the test bundle. */
    static Path productFolder() throws IOException {
        return Files.createDirectories(Path.of("target", "products").toAbsolutePath());
    }
}
