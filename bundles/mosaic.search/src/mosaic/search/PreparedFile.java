package mosaic.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;
import mosaic.search.internal.Analyzed;

/**
 * What {@link FilePreparer} found out about a file: a refusal, or everything needed to store it.
 * Nothing of the file is written yet. {@code releasableTo} comes from the file's banner;
 * {@code note}, when set, is said with the file's result (a marking lowered with --lower-marking);
 * {@code warning} says what could not be read of it (scanned pages without OCR), or is {@code null}.
 */
record PreparedFile(Path file, Ingest.Result refusal, byte[] bytes, String hash, Map<String, String> sidecar, MediaType mediaType,
        DocumentMetadata meta, String type, String classification, String compartment, Instant date, List<Passage> passages,
        Analyzed analyzed, List<String> releasableTo, String note, String warning) {

    static PreparedFile refused(Path file, String reason) {
        return new PreparedFile(file, Ingest.refused(file, reason), null, null, null, null, null, null, null, null, null, null, null, List.of(), null,
            null);
    }

    static PreparedFile known(Path file, byte[] bytes, String hash) {
        return new PreparedFile(file, null, bytes, hash, Map.of(), null, null, null, null, null, null, null, null, List.of(), null, null);
    }

    /** What is said with the file's result: the warning ("warning: ...") and the note, or {@code null}. */
    String resultNote() {
        if (warning == null) {
            return note;
        }
        return "warning: " + warning + (note == null ? "" : "; " + note);
    }
}
