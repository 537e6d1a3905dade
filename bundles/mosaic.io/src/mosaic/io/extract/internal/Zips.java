package mosaic.io.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.ExtractionException;

/**
 * Zip archives held in memory: the central directory read without inflating anything (to tell a zip from a file
 * that only starts like one, and to name its entries), one small entry read by its local header, and every entry
 * inflated under the zip-bomb limits of {@link ExtractOptions} (total size and compression ratio).
 */
final class Zips {

    /** One central directory record. */
    record Entry(String name, int method, long compressedSize, long size, long localOffset) {
    }

    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;

    private Zips() {
    }

    /**
     * @return the entries named by the archive's central directory, or {@code null} when the bytes hold no valid
     *         central directory (no zip archive, or a truncated one)
     */
    static List<Entry> centralDirectory(byte[] b) {
        int end = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (int32(b, i) == EOCD) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int count = int16(b, end + 10);
        long size = uint32(b, end + 12);
        long offset = uint32(b, end + 16);
        if (offset == 0xFFFFFFFFL || count == 0xFFFF) {
            return streamedNames(b); // Zip64: leave the directory to the JDK's reader
        }
        if (offset + size > end || offset < 0) {
            offset = end - size; // data prepended to the archive (a self-extracting one)
        }
        List<Entry> entries = new ArrayList<>();
        int p = (int) offset;
        for (int n = 0; n < count; n++) {
            if (p < 0 || p + 46 > b.length || int32(b, p) != CENTRAL) {
                return null;
            }
            int nameLength = int16(b, p + 28);
            int extraLength = int16(b, p + 30);
            int commentLength = int16(b, p + 32);
            if (p + 46 + nameLength > b.length) {
                return null;
            }
            String name = new String(b, p + 46, nameLength, StandardCharsets.UTF_8);
            entries.add(new Entry(name, int16(b, p + 10), uint32(b, p + 20), uint32(b, p + 24),
                    uint32(b, p + 42) + (offset - uint32(b, end + 16))));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static List<Entry> streamedNames(byte[] b) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.add(new Entry(e.getName(), -1, e.getCompressedSize(), e.getSize(), -1));
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return entries;
    }

    /** @return the named entry's content, at most {@code max} bytes of it, or {@code null} if it cannot be read */
    static byte[] small(byte[] b, List<Entry> entries, String name, int max) {
        for (Entry e : entries) {
            if (e.name().equals(name)) {
                return small(b, e, max);
            }
        }
        return null;
    }

    private static byte[] small(byte[] b, Entry e, int max) {
        long p = e.localOffset();
        if (p < 0 || p + 30 > b.length || int32(b, (int) p) != LOCAL) {
            return null;
        }
        int start = (int) p + 30 + int16(b, (int) p + 26) + int16(b, (int) p + 28);
        long length = Math.min(e.compressedSize(), (long) b.length - start);
        if (start > b.length || length < 0) {
            return null;
        }
        if (e.method() == 0) {
            return java.util.Arrays.copyOfRange(b, start, start + (int) Math.min(length, max));
        }
        if (e.method() != 8) {
            return null;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(b, start, (int) length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && out.size() < max) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, Math.min(n, max - out.size()));
            }
            return out.toByteArray();
        } catch (DataFormatException ex) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /**
     * Inflates every entry (directories left out), counting bytes, and refuses the archive past the size or ratio
     * limit before the whole is inflated.
     *
     * @param what the archive's kind for messages ("DOCX", "zip archive", ...)
     * @return the entries' content by name, in archive order
     */
    static Map<String, byte[]> inflate(String name, byte[] bytes, ExtractOptions options, String what)
            throws ExtractionException {
        return walk(name, bytes, options, what, true);
    }

    /** Inflates every entry as {@link #inflate} does, keeping nothing: a check before a library reads the zip. */
    static void check(String name, byte[] bytes, ExtractOptions options, String what) throws ExtractionException {
        walk(name, bytes, options, what, false);
    }

    private static Map<String, byte[]> walk(String name, byte[] bytes, ExtractOptions options, String what,
            boolean keep) throws ExtractionException {
        long limit = Math.min(options.maxUnzippedBytes(), (long) bytes.length * options.maxCompressionRatio());
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        Map<String, byte[]> content = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ByteArrayOutputStream out = keep && !entry.isDirectory() ? new ByteArrayOutputStream() : null;
                total += drain(zip, buffer, limit - total, out);
                if (total > limit) {
                    throw new ExtractionException(name, "zip bomb refused: " + what + " entries inflate to more than "
                            + DocumentReader.megabytes(limit) + " (" + DocumentReader.megabytes(bytes.length)
                            + " compressed; limits " + DocumentReader.megabytes(options.maxUnzippedBytes())
                            + " and ratio " + options.maxCompressionRatio() + ":1), at entry " + entry.getName(),
                            null);
                }
                if (out != null) {
                    content.putIfAbsent(entry.getName(), out.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw new ExtractionException(name, "corrupt " + what + " (" + e.getMessage() + ")", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ExtractionException(name, "corrupt " + what + " (" + e.getMessage() + ")", e);
        }
        return content;
    }

    /** @return bytes read from the entry, stopping once more than {@code budget} were read */
    private static long drain(InputStream in, byte[] buffer, long budget, ByteArrayOutputStream out)
            throws IOException {
        long n = 0;
        int r;
        while ((r = in.read(buffer)) > 0) {
            n += r;
            if (n > budget) {
                return n;
            }
            if (out != null) {
                out.write(buffer, 0, r);
            }
        }
        return n;
    }

    private static int int16(byte[] b, int i) {
        return i + 2 > b.length || i < 0 ? -1 : (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int i) {
        return i + 4 > b.length || i < 0 ? 0
                : (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    private static long uint32(byte[] b, int i) {
        return int32(b, i) & 0xFFFFFFFFL;
    }
}
