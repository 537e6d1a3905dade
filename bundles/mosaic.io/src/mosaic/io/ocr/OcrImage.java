package mosaic.io.ocr;

/**
 * One page image to read.
 *
 * @param bytes the image file's bytes: PNG, JPEG, TIFF, or PGM ({@code P5}) as rendered pages are given
 * @param dpi   its resolution when the image does not say (a PGM), or 0
 */
public record OcrImage(byte[] bytes, int dpi) {
}
