package mosaic.ops.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import mosaic.ops.Editing;
import mosaic.ops.MosaicEditingDomain;

/** A fresh {@link OpsFixture} in a temporary folder for each test, and an editing domain over it. */
abstract class WithOpsFixture {

    @TempDir
    Path tmp;

    OpsFixture fixture;
    MosaicEditingDomain domain;

    @BeforeEach
    void openFixture() throws Exception {
        fixture = new OpsFixture(tmp);
        domain = Editing.domain(fixture.workspace);
    }
}
