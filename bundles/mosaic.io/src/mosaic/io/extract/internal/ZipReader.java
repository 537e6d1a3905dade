package mosaic.io.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/**
 * Reads a zip archive of documents: each file entry extracted as a child document (an entry that is refused becomes
 * one of the archive's problems, the others are read on), under the same zip-bomb limits as a DOCX, archives in
 * archives followed down to {@link ExtractOptions#maxNesting()}. Entry names are reduced to a safe file name (no
 * folders, no {@code ..}, no control characters), the folder kept in front as {@code folder_name}.
 */
final class ZipReader {

    private ZipReader() {
    }

    static Extracted read(String name, byte[] bytes, ExtractOptions options, DocumentReader documents, int depth,
            IProgressMonitor monitor) throws ExtractionException {
        Map<String, byte[]> entries = Zips.inflate(name, bytes, options, "zip archive");
        List<Extracted> children = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String entryName = entry.getKey();
            if (entryName.endsWith("/") || ignored(entryName)) {
                continue;
            }
            String safe = safeName(entryName);
            if (entry.getValue().length == 0) {
                problems.add(safe + ": empty file in the archive, not read");
                continue;
            }
            documents.child(safe, entry.getValue(), depth, monitor, children, problems, "archive entry");
        }
        List<Passage> passages = List.of();
        return new Extracted(name, MediaType.ZIP, passages, DocumentMetadata.NONE, children, problems);
    }

    /** Entries that are no documents: macOS resource forks and folder settings. */
    private static boolean ignored(String entryName) {
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        return entryName.startsWith("__MACOSX/") || base.equals(".DS_Store") || base.equals("Thumbs.db");
    }

    /** @return the entry's path as one file name: folders joined by {@code _}, no {@code ..}, no control characters */
    static String safeName(String entryName) {
        StringBuilder out = new StringBuilder();
        for (String segment : entryName.replace('\\', '/').split("/")) {
            String s = segment.strip();
            if (s.isEmpty() || s.equals(".") || s.equals("..")) {
                continue;
            }
            StringBuilder clean = new StringBuilder();
            s.codePoints().forEach(cp -> clean.appendCodePoint(Character.isISOControl(cp) || cp == ':' || cp == '*'
                    || cp == '?' || cp == '"' || cp == '<' || cp == '>' || cp == '|' ? '_' : cp));
            out.append(out.isEmpty() ? "" : "_").append(clean);
        }
        String s = out.toString().replaceAll("^\\.+", "");
        if (s.length() > 200) {
            s = s.substring(s.length() - 200);
        }
        return s.isEmpty() ? "entry" : s;
    }
}
