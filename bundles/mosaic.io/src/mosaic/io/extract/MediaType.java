package mosaic.io.extract;

/** The document types the extractor reads, each found by content (magic bytes), never by file extension. */
public enum MediaType {
    /** Portable Document Format (text layer only). */
    PDF("application/pdf"),
    /** Office Open XML word-processing document. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** HTML page. */
    HTML("text/html"),
    /** Internet message (RFC 5322 / MIME), as saved in an {@code .eml} file. */
    EML("message/rfc822"),
    /** Plain text. */
    TEXT("text/plain");

    private final String mime;

    MediaType(String mime) {
        this.mime = mime;
    }

    /** @return the IANA media type name, for example {@code application/pdf} */
    public String mime() {
        return mime;
    }
}
