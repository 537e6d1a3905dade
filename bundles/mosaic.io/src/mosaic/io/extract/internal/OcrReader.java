package mosaic.io.extract.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.runtime.IProgressMonitor;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;
import mosaic.io.ocr.Ocr;
import mosaic.io.ocr.OcrImage;
import mosaic.io.ocr.OcrPage;

/**
 * Reads by OCR what has no text of its own: images (PNG, JPEG, TIFF, each page of a multi-page TIFF) and the PDF
 * pages without a text layer or with a garbled one, rendered at {@value Ocr#RENDER_DPI} dpi in grey. A page read
 * becomes an {@link Passage#OCR_PAGE} passage with its confidence; what could not be read becomes a warning of the
 * document ({@code no text: scanned pages, OCR off}), never a refusal.
 */
public final class OcrReader {

    /** The start of the warning of a document whose pages have no text and were not read by OCR. */
    public static final String NO_TEXT = "no text: scanned pages, ";

    private OcrReader() {
    }

    /**
     * Reads an image: one OCR passage per page that has text.
     *
     * @throws ExtractionException when the image cannot be read at all (a truncated or corrupt file)
     */
    public static Extracted readImage(String name, byte[] bytes, MediaType type, ExtractOptions options,
            IProgressMonitor monitor) throws ExtractionException {
        int pages = pages(name, bytes, type);
        Ocr ocr = Ocr.of(options.ocr(), options.ocrLanguages());
        List<Passage> passages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!ocr.usable()) {
            warnings.add(NO_TEXT + ocr.unavailable());
        } else {
            for (OcrPage page : ocr.readImage(name, bytes, pages, monitor)) {
                if (page.problem() != null) {
                    warnings.add((pages > 1 ? "page " + page.page() + ": " : "") + page.problem());
                } else if (!page.text().isBlank()) {
                    passages.add(Passage.ocrPage(page.page(), page.text(), page.confidence()));
                }
            }
            if (passages.isEmpty() && warnings.isEmpty()) {
                warnings.add("no text: OCR found no words");
            }
            if (ocr.languageWarning() != null) {
                warnings.add(ocr.languageWarning());
            }
        }
        DocumentMetadata metadata = new DocumentMetadata(null, null, null, Classification.fromBanner(passages));
        return new Extracted(name, type, passages, metadata, List.of(), List.of(), warnings);
    }

    /**
     * How many pages an image holds (a TIFF may hold several), from its header alone: the size of its first page
     * must be readable, else the file is refused as corrupt.
     */
    static int pages(String name, byte[] bytes, MediaType type) throws ExtractionException {
        String corrupt = "corrupt " + type.name() + " image";
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ExtractionException(name, corrupt + " (no reader knows it)", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) <= 0 || reader.getHeight(0) <= 0) {
                    throw new ExtractionException(name, corrupt + " (no size)", null);
                }
                if (type != MediaType.TIFF) {
                    return 1;
                }
                try {
                    return Math.max(1, reader.getNumImages(true));
                } catch (IOException | RuntimeException e) {
                    return 1; // the first page is readable; Tesseract reads what follows as far as it can
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(name, corrupt + " (" + e.getMessage() + ")", e);
        }
    }

    // ---- PDF -------------------------------------------------------------------------------------------------

    /**
     * Whether a PDF page's text layer is to be replaced by OCR: it has no text but shows an image (a scan), or its
     * text looks garbled (see {@link #garbled(String)}).
     */
    static boolean needsOcr(PDPage page, String text) {
        if (letters(text) < 3) {
            return hasImages(page.getResources(), 0);
        }
        return garbled(text);
    }

    /**
     * Whether a text layer is garbage rather than words: many replacement or private-use characters, or among its
     * tokens with letters, fewer than half that look like words, or more symbols than letters and digits (letters only, and in Latin script with a vowel
     * unless short). Numbers and punctuation count for neither side, so a table of figures is not garbage.
     */
    public static boolean garbled(String text) {
        int chars = 0;
        int odd = 0;
        int lettersOrDigits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            chars++;
            if (Character.isLetterOrDigit(c)) {
                lettersOrDigits++;
            }
            int type = Character.getType(c);
            if (c == '\uFFFD' || type == Character.PRIVATE_USE || type == Character.CONTROL || type == Character.UNASSIGNED) {
                odd++;
            }
        }
        if (chars > 0 && odd * 10 > chars || chars >= 20 && lettersOrDigits * 2 < chars) {
            return true;
        }
        int words = 0;
        int junk = 0;
        for (String token : text.split("\\s+")) {
            String t = trimPunctuation(token);
            if (t.isEmpty() || t.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            if (wordLike(t)) {
                words++;
            } else {
                junk++;
            }
        }
        return words + junk >= 5 && words * 2 < words + junk;
    }

    private static String trimPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    private static boolean wordLike(String t) {
        if (t.length() > 30) {
            return false;
        }
        boolean latin = false;
        boolean vowel = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin = true;
                    vowel |= "aeiouyàâäáãåéèêëíìîïóòôöõúùûüýÿœæ".indexOf(Character.toLowerCase(c)) >= 0;
                }
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.COMBINING_SPACING_MARK
                    && c != '\'' && c != '’' && c != '-' && c != '.' && c != '·' && !Character.isDigit(c)) {
                return false;
            }
        }
        return !latin || vowel || t.length() <= 3;
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < 3; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasImages(PDResources resources, int depth) {
        if (resources == null || depth > 4) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject
                        || object instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable object: not an image we could render either
            }
        }
        return false;
    }

    /**
     * Reads PDF pages by OCR and puts them among the text layer's passages, in page order.
     *
     * @param doc       the open document (rendered on this thread)
     * @param pages     the pages to read, 1-based, with their (garbled or empty) text layer
     * @param passages  the text layer's pages; OCR passages are added, a garbled page's text layer is kept when OCR
     *                  cannot read it
     * @param warnings  what could not be read is added here
     */
    static void readPdfPages(String name, PDDocument doc, Map<Integer, String> pages, List<Passage> passages,
            ExtractOptions options, List<String> warnings, IProgressMonitor monitor) {
        if (pages.isEmpty()) {
            return;
        }
        Ocr ocr = Ocr.of(options.ocr(), options.ocrLanguages());
        Map<Integer, Passage> byPage = new TreeMap<>();
        for (Passage passage : passages) {
            byPage.put(passage.index(), passage);
        }
        List<Integer> unread = new ArrayList<>();
        if (ocr.usable()) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<OcrPage> read = ocr.read(name, List.copyOf(pages.keySet()),
                    p -> pgm(renderer.renderImageWithDPI(p - 1, Ocr.RENDER_DPI, ImageType.GRAY), Ocr.RENDER_DPI), monitor);
            for (OcrPage page : read) {
                if (page.problem() != null) {
                    warnings.add("page " + page.page() + ": " + page.problem());
                    unread.add(page.page());
                } else if (!page.text().isBlank()) {
                    byPage.put(page.page(), Passage.ocrPage(page.page(), page.text(), page.confidence()));
                }
            }
            if (ocr.languageWarning() != null) {
                warnings.add(ocr.languageWarning());
            }
        } else {
            unread.addAll(pages.keySet());
        }
        for (int p : unread) {
            String layer = pages.get(p).strip();
            if (!layer.isEmpty()) {
                byPage.putIfAbsent(p, new Passage(p, Passage.PAGE, layer));
            }
        }
        if (!ocr.usable()) {
            warnings.add(byPage.isEmpty() ? NO_TEXT + ocr.unavailable()
                    : (unread.size() == 1 ? "page " : "pages ") + joined(unread) + " scanned, not read: " + ocr.unavailable());
        }
        passages.clear();
        passages.addAll(byPage.values());
    }

    private static String joined(List<Integer> pages) {
        StringBuilder b = new StringBuilder();
        for (int p : pages) {
            b.append(b.isEmpty() ? "" : ", ").append(p);
        }
        return b.toString();
    }

    /** A grey image as a binary PGM file, the simplest image Tesseract reads: no compression to spend time on. */
    static OcrImage pgm(BufferedImage image, int dpi) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] header = ("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pixels;
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            pixels = (byte[]) image.getRaster().getDataElements(0, 0, width, height, null);
        } else {
            BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
            pixels = (byte[]) grey.getRaster().getDataElements(0, 0, width, height, null);
        }
        byte[] file = new byte[header.length + pixels.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(pixels, 0, file, header.length, pixels.length);
        return new OcrImage(file, dpi);
    }
}
