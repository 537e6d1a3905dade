package mosaic.io.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.eclipse.core.runtime.IProgressMonitor;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/**
 * Reads an Outlook message (.msg) with POI's HSMF: subject, sender and date as metadata, the plain text body as
 * paragraphs (the HTML body when there is no plain one), and each attachment, an attached message among them,
 * extracted as a child document, as an {@code .eml}'s attachments are.
 */
final class MsgReader {

    private MsgReader() {
    }

    static Extracted read(String name, byte[] bytes, DocumentReader documents, int depth, IProgressMonitor monitor)
            throws ExtractionException {
        try (MAPIMessage msg = new MAPIMessage(new ByteArrayInputStream(bytes))) {
            return read(name, msg, documents, depth, monitor);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(name, "corrupt MSG (" + e.getMessage() + ")", e);
        }
    }

    private static Extracted read(String name, MAPIMessage msg, DocumentReader documents, int depth,
            IProgressMonitor monitor) throws IOException {
        msg.setReturnNullOnMissingChunk(true);
        String body = value(() -> msg.getTextBody());
        List<Passage> passages = new ArrayList<>();
        if (body != null && !body.isBlank()) {
            passages.addAll(Paragraphs.split(body));
        } else {
            String html = value(() -> msg.getHtmlBody());
            if (html != null) {
                passages.addAll(HtmlReader.read(name, html).passages());
            }
        }
        List<Extracted> children = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        AttachmentChunks[] attachments = msg.getAttachmentFiles();
        for (int i = 0; attachments != null && i < attachments.length; i++) {
            AttachmentChunks a = attachments[i];
            String childName = Classification.first(string(a.getAttachLongFileName()), string(a.getAttachFileName()),
                    string(a.getAttachDisplayName()), "attachment-" + (i + 1));
            byte[] content = null;
            if (a.isEmbeddedMessage()) {
                content = embeddedMessage(a);
                if (!childName.contains(".")) {
                    childName += ".msg";
                }
            } else if (a.getAttachData() != null) {
                content = a.getAttachData().getValue();
            }
            if (content == null || content.length == 0) {
                problems.add(childName + ": attachment without content, not read");
                continue;
            }
            documents.child(childName, content, depth, monitor, children, problems, "attachment");
        }
        String subject = value(() -> msg.getSubject());
        Calendar date = value(() -> msg.getMessageDate());
        String classification = Classification.first(
                subject == null || subject.isBlank() ? null : Classification.fromLine(subject.strip().split("\\s+")[0]),
                Classification.fromBanner(passages));
        DocumentMetadata metadata = new DocumentMetadata(PdfReader.blankToNull(subject),
                PdfReader.blankToNull(value(() -> msg.getDisplayFrom())), date == null ? null : date.toInstant(),
                classification);
        return new Extracted(name, MediaType.MSG, passages, metadata, children, problems);
    }

    /** @return an attached message written out as a .msg file of its own */
    private static byte[] embeddedMessage(AttachmentChunks a) throws IOException {
        DirectoryNode directory = a.getAttachmentDirectory() == null ? null : a.getAttachmentDirectory().getDirectory();
        if (directory == null) {
            return null;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            org.apache.poi.poifs.filesystem.EntryUtils.copyNodes(directory, fs.getRoot());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private interface Chunk<T> {
        T get() throws ChunkNotFoundException;
    }

    private static <T> T value(Chunk<T> chunk) {
        try {
            return chunk.get();
        } catch (ChunkNotFoundException | RuntimeException e) {
            return null;
        }
    }

    private static String string(StringChunk chunk) {
        return chunk == null || chunk.getValue() == null || chunk.getValue().isBlank() ? null : chunk.getValue().strip();
    }
}
