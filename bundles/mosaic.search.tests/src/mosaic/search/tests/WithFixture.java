package mosaic.search.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on a fresh {@link Fixture} in a temporary folder, opened before each test and closed after it. */
abstract class WithFixture {

    @TempDir
    Path dir;
    Fixture f;

    @BeforeEach
    void openFixture() throws Exception {
        f = new Fixture(dir);
    }

    @AfterEach
    void closeFixture() throws Exception {
        f.close();
    }
}
