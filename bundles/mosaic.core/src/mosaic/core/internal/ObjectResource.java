package mosaic.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    private static final Map<Object, Object> NAME_TO_FEATURE = new SharedLookup();

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
        // EMF's shared pool of output buffers and escapers (thread-safe): a workspace saves many
        // small files, and each save otherwise allocates and grows its own
        save.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        SAVE_OPTIONS = Map.copyOf(save);
    }

    /**
     * EMF's name-to-feature cache, shared by the loading threads. EMF stores misses as null
     * values (ConcurrentHashMap refuses them), and the parser pool hashes the load options map,
     * so this map hashes by identity: hashing its content on every file made loading slower as
     * the cache grew.
     */
    private static final class SharedLookup extends HashMap<Object, Object> {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Object get(Object key) {
            return super.get(key);
        }

        @Override
        public synchronized boolean containsKey(Object key) {
            return super.containsKey(key);
        }

        @Override
        public synchronized Object put(Object key, Object value) {
            return super.put(key, value);
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The bytes of the file as this resource last read or wrote it, or null when it has no file yet. */
    private volatile byte[] base;

    /**
     * The bytes of the file as this resource last read or wrote it (null when it was never saved):
     * what a save compares the file with, to find another writer's changes.
     */
    public byte[] base() {
        return base;
    }

    /** Records the bytes of the file as just read or written. */
    public void setBase(byte[] bytes) {
        base = bytes;
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

    /**
     * Each saving thread's table of which features of a class are saved, kept between saves: EMF
     * otherwise works it out again for every file (the list is not thread-safe, so one per thread).
     */
    private static final ThreadLocal<List<Object>> LOOKUP_TABLE = ThreadLocal.withInitial(ArrayList::new);

    /** The bytes {@link #save} would write. */
    public byte[] serialize() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        Map<Object, Object> options = new HashMap<>(SAVE_OPTIONS);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, LOOKUP_TABLE.get());
        save(out, options);
        return out.toByteArray();
    }
}
