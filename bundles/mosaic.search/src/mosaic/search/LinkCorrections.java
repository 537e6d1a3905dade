package mosaic.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import mosaic.core.workspace.Workspace;
import mosaic.model.Attribute;
import mosaic.model.MosaicFactory;
import mosaic.model.Report;

/**
 * An analyst's corrections of entity links, kept on the {@link Report} itself as attributes
 * ({@value #KEY} = {@code confirm <entity id>} or {@code reject <entity id>}).
 * <p>
 * Keeping them on the report puts them in the tracked workspace, under version control, and
 * makes them survive what the index does not: a re-ingest of a changed file updates the same
 * report and keeps its attributes; an index rebuild reads them back. A rejected link is never
 * indexed, even when the name is in the text; a confirmed link is indexed even when no name is.
 */
public final class LinkCorrections {

    /** The attribute key of a correction. */
    public static final String KEY = "search.link";
    private static final String CONFIRM = "confirm ";
    private static final String REJECT = "reject ";

    private LinkCorrections() {
    }

    /** Confirms that the report mentions the entity, and saves the report. */
    public static void confirm(Workspace workspace, Report report, String entityId) throws IOException {
        set(workspace, report, entityId, CONFIRM);
    }

    /** Rejects the link from the report to the entity, and saves the report. */
    public static void reject(Workspace workspace, Report report, String entityId) throws IOException {
        set(workspace, report, entityId, REJECT);
    }

    /** Forgets any correction of the link, and saves the report. */
    public static void clear(Workspace workspace, Report report, String entityId) throws IOException {
        set(workspace, report, entityId, null);
    }

    private static void set(Workspace workspace, Report report, String entityId, String verb) throws IOException {
        if (entityId == null || entityId.isBlank()) {
            throw new IllegalArgumentException("no entity id given");
        }
        report.getAttributes().removeIf(a -> KEY.equals(a.getKey()) && a.getValue() != null
            && a.getValue().substring(a.getValue().indexOf(' ') + 1).equals(entityId));
        if (verb != null) {
            Attribute attribute = MosaicFactory.eINSTANCE.createAttribute();
            attribute.setKey(KEY);
            attribute.setValue(verb + entityId);
            report.getAttributes().add(attribute);
        }
        workspace.save(report);
    }

    /** The entities an analyst confirmed for the report. */
    public static Set<String> confirmed(Report report) {
        return ids(report, CONFIRM);
    }

    /** The entities an analyst rejected for the report. */
    public static Set<String> rejected(Report report) {
        return ids(report, REJECT);
    }

    private static Set<String> ids(Report report, String verb) {
        Set<String> ids = new LinkedHashSet<>();
        for (Attribute attribute : report.getAttributes()) {
            if (KEY.equals(attribute.getKey()) && attribute.getValue() != null && attribute.getValue().startsWith(verb)) {
                ids.add(attribute.getValue().substring(verb.length()).trim());
            }
        }
        return ids;
    }
}
