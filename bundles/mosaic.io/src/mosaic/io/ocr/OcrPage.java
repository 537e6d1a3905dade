package mosaic.io.ocr;

/**
 * The text Tesseract read on one page image.
 *
 * @param page       1-based number of the page in its document
 * @param text       the words in reading order: lines joined by a line break, paragraphs and blocks by a blank line;
 *                   empty when nothing was read
 * @param confidence the mean confidence of the words read, 0 to 100 (0 when no word was read)
 * @param problem    why the page could not be read (timed out, Tesseract failed), or {@code null}
 */
public record OcrPage(int page, String text, int confidence, String problem) {

    /** @return whether the page was read and holds text */
    public boolean hasText() {
        return problem == null && !text.isBlank();
    }
}
