package mosaic.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * The file of one top-level object. Objects are found by their id attribute, references to
 * other files are written relative ({@code ../actor/<id>.xmi#<id>}), and saving is
 * deterministic: UTF-8, LF line ends, one attribute per line, no time zone or platform in the
 * bytes, so the same object always gives the same file and git diffs show only what changed.
 */
public final class ObjectResource extends XMIResourceImpl {

    private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);
    // EMF caches misses as null values, which ConcurrentHashMap refuses.
    private static final Map<Object, Object> NAME_TO_FEATURE = java.util.Collections.synchronizedMap(new HashMap<>());

    public static final Map<Object, Object> LOAD_OPTIONS;
    public static final Map<Object, Object> SAVE_OPTIONS;

    static {
        Map<Object, Object> load = new HashMap<>();
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
        load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        LOAD_OPTIONS = Map.copyOf(load);
        Map<Object, Object> save = new HashMap<>();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        save.put(XMLResource.OPTION_LINE_WIDTH, 1);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        save.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
        save.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.MAX_VALUE);
        SAVE_OPTIONS = Map.copyOf(save);
    }

    public ObjectResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected boolean useIDAttributes() {
        return true;
    }

    /** The bytes {@link #save} would write. */
    public byte[] serialize() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        save(out, SAVE_OPTIONS);
        return out.toByteArray();
    }
}
