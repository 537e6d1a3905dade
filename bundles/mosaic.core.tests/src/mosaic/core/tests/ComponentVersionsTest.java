package mosaic.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import mosaic.core.ComponentVersions;
import mosaic.core.ComponentVersions.Component;
import mosaic.core.Json;

class ComponentVersionsTest {

    @Test
    void listsInstalledComponentsInOrderAndJavaLast() {
        Map<String, String> installed = Map.of("mosaic.core", "0.1.0.2026", "org.eclipse.emf.ecore", "2.43.0",
                "org.eclipse.osgi", "3.24.300", "org.eclipse.jgit", "7.8.1");
        ComponentVersions versions = ComponentVersions.of(installed::get, "25.0.3");
        List<String> names = versions.components().stream().map(Component::name).toList();
        assertEquals(List.of("Mosaic", "Equinox OSGi", "EMF", "JGit", "Java runtime"), names);
        assertEquals("0.1.0.2026", versions.mosaicVersion());
        assertEquals("25.0.3", versions.components().get(4).version());
    }

    @Test
    void firstInstalledBundleOfAComponentWins() {
        Map<String, String> installed = Map.of("org.apache.lucene.core", "10.6.0", "wrapped.org.apache.lucene.lucene-core", "9.0.0");
        ComponentVersions versions = ComponentVersions.of(installed::get, "21");
        Component lucene = versions.components().get(0);
        assertEquals("Apache Lucene", lucene.name());
        assertEquals("10.6.0", lucene.version());
        assertEquals("org.apache.lucene.core", lucene.bundle());
        assertEquals("development", versions.mosaicVersion());
    }

    @Test
    void textAlignsVersionsInOneColumn() {
        ComponentVersions versions = ComponentVersions.of(Map.of("mosaic.core", "1.0")::get, "21");
        String[] lines = versions.toText().split("\n");
        assertEquals(2, lines.length);
        assertEquals(lines[0].indexOf("1.0"), lines[1].indexOf("21"));
    }

    @Test
    void jsonIsEscapedAndComplete() {
        ComponentVersions versions = ComponentVersions.of(Map.of("mosaic.core", "1\"0")::get, "21\\x");
        assertEquals("{\"mosaic\":\"1\\\"0\",\"components\":[{\"name\":\"Mosaic\",\"version\":\"1\\\"0\","
                + "\"bundle\":\"mosaic.core\"},{\"name\":\"Java runtime\",\"version\":\"21\\\\x\",\"bundle\":null}]}",
                versions.toJson());
        assertEquals("\"a\\nb\\u0001\"", Json.quote("a\nb\u0001"));
    }

    @Test
    void runningFrameworkReportsTheRealBundleVersions() {
        Bundle self = FrameworkUtil.getBundle(ComponentVersions.class);
        assertNotNull(self, "tests run inside OSGi");
        Bundle osgi = self.getBundleContext().getBundle(0);
        assertEquals("org.eclipse.osgi", osgi.getSymbolicName());
        ComponentVersions versions = ComponentVersions.ofRunningFramework();
        Component equinox = versions.components().stream().filter(c -> c.name().equals("Equinox OSGi")).findFirst()
                .orElseThrow();
        assertEquals(osgi.getVersion().toString(), equinox.version());
        String mosaic = versions.mosaicVersion();
        assertTrue(mosaic.startsWith("0.1.0"), mosaic);
    }
}
