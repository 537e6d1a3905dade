package mosaic.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import mosaic.app.LaunchOptions;

class LaunchOptionsTest {

    @Test
    void readsWorkspaceAndScreenshotAmongEclipseArguments() {
        LaunchOptions options = LaunchOptions.parse(List.of("-showlocation", "--workspace", "/data/carana",
                "--screenshot=/tmp/w.png", "-clearPersistedState"));
        assertEquals(Optional.of(Path.of("/data/carana")), options.workspace());
        assertEquals(Optional.of(Path.of("/tmp/w.png")), options.screenshot());
    }

    @Test
    void noOptionsMeansNoWorkspaceAndNoScreenshot() {
        LaunchOptions options = LaunchOptions.parse(List.of());
        assertTrue(options.workspace().isEmpty());
        assertTrue(options.screenshot().isEmpty());
    }

    @Test
    void optionWithoutValueNamesTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--screenshot")));
        assertEquals("--screenshot needs a value", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--workspace", "--screenshot", "x.png")));
        assertEquals("--workspace needs a value", e.getMessage());
    }

    @Test
    void productAndApplicationAreDeclared() {
        assertTrue(Platform.getExtensionRegistry().getExtension("mosaic.app.application") != null,
                "application extension mosaic.app.application");
        assertTrue(Platform.getExtensionRegistry().getExtension("mosaic.app.product") != null,
                "product extension mosaic.app.product");
    }
}
