package mosaic.reports.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.birt.report.model.metadata.MetaLogManager;
import org.junit.jupiter.api.Test;

import mosaic.reports.internal.Engine;

/** BIRT's metadata errors never become a {@code meta.log} in the working folder of whoever runs Mosaic. */
class MetaDataLogTest {

    @Test
    void metadataErrorsDoNotLandInTheWorkingFolder() throws Exception {
        Path log = Path.of(System.getProperty("user.dir"), "meta.log");
        Files.deleteIfExists(log);
        Engine.get();
        // what BIRT's model does when an extension cannot be loaded
        MetaLogManager.log("a probe of the metadata log", new IllegalStateException("probe"));
        assertFalse(Files.exists(log), "BIRT wrote " + log);
    }
}
