package mosaic.io.extract;

/** The document types the extractor knows, each found by content (magic bytes), never by file extension. */
public enum MediaType {
    /** Portable Document Format (text layer, and OCR of pages without one). */
    PDF("application/pdf", "pdf"),
    /** Office Open XML word-processing document. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** HTML page. */
    HTML("text/html", "html"),
    /** Internet message (RFC 5322 / MIME), as saved in an {@code .eml} file. */
    EML("message/rfc822", "eml"),
    /** Plain text. */
    TEXT("text/plain", "txt"),
    /** Legacy Word 97-2003 document (OLE2). */
    DOC("application/msword", "doc"),
    /** Office Open XML spreadsheet. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** Legacy Excel 97-2003 workbook (OLE2). */
    XLS("application/vnd.ms-excel", "xls"),
    /** Office Open XML presentation. */
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    /** OpenDocument text (LibreOffice Writer). */
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    /** Rich Text Format. */
    RTF("application/rtf", "rtf"),
    /** Outlook message (OLE2). */
    MSG("application/vnd.ms-outlook", "msg"),
    /** A zip archive of documents. */
    ZIP("application/zip", "zip"),
    /** PNG image (read by OCR). */
    PNG("image/png", "png"),
    /** JPEG image (read by OCR). */
    JPEG("image/jpeg", "jpg"),
    /** TIFF image, one or more pages (read by OCR). */
    TIFF("image/tiff", "tif");

    private final String mime;
    private final String extension;

    MediaType(String mime, String extension) {
        this.mime = mime;
        this.extension = extension;
    }

    /** @return the IANA media type name, for example {@code application/pdf} */
    public String mime() {
        return mime;
    }

    /** @return the file name extension an original of this type is stored with, without the dot */
    public String extension() {
        return extension;
    }
}
