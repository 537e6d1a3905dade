package mosaic.reports;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one product shows, computed in Java from the workspace for one selection and one
 * audience before BIRT runs: named tables of rows (each row a map from column name to value) for
 * the designs' scripted data sets, single values for headers and narrative text, and images.
 * <p>
 * Designs reach it as {@code reportContext.getAppContext().get("mosaic")}. A scripted data set's
 * {@code open} keeps the {@link Cursor} of {@link #open(String)} and its {@code fetch} advances
 * it and copies each column into {@code row}; the columns a data set declares are the columns
 * of the table of that name.
 * Asking for a table, value or image that does not exist is an error, so that a typo in a design
 * fails the render instead of printing nothing.
 * <p>
 * Nothing above the audience is in here: rows the audience may not see were left out and
 * counted in {@link #withheld()} (a count for the issuing analyst only: the product's own text,
 * {@code withheld.text}, says that material was withheld, never how much), and {@link #marking()} is the highest classification of what
 * is actually included.
 */
public final class ProductData {

    /** The key under which renders put this object into BIRT's application context. */
    public static final String APP_CONTEXT_KEY = "mosaic";

    private final Map<String, List<Map<String, Object>>> tables;
    private final Map<String, String> values;
    private final Map<String, byte[]> images;
    private final String marking;
    private final int withheld;

    /**
     * @param tables rows by table name, each row with the same keys in the same order
     * @param values single texts by key
     * @param images PNG bytes by key
     * @param marking the classification code the product carries
     * @param withheld how many objects of the selection the audience may not see
     */
    public ProductData(Map<String, List<Map<String, Object>>> tables, Map<String, String> values, Map<String, byte[]> images,
            String marking, int withheld) {
        this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
        this.marking = marking;
        this.withheld = withheld;
    }

    /** A cursor over the rows of a table, for a scripted data set's {@code open}. */
    public Cursor open(String table) {
        return new Cursor(rows(table));
    }

    /** The rows of a table. */
    public List<Map<String, Object>> rows(String table) {
        List<Map<String, Object>> rows = tables.get(table);
        if (rows == null) {
            throw new IllegalArgumentException("no data set '" + table + "' (known: " + tables.keySet() + ")");
        }
        return rows;
    }

    /** A single text: a header field, a count or a paragraph. */
    public String value(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no value '" + key + "' (known: " + values.keySet() + ")");
        }
        return value;
    }

    /** An image as PNG bytes, for an image item whose source is an expression. */
    public byte[] image(String key) {
        byte[] image = images.get(key);
        if (image == null) {
            throw new IllegalArgumentException("no image '" + key + "' (known: " + images.keySet() + ")");
        }
        return image;
    }

    /** Every single value by key. */
    public Map<String, String> values() {
        return values;
    }

    /** The classification code of the product: the highest marking of what it contains. */
    public String marking() {
        return marking;
    }

    /** How many objects of the selection were left out because the audience may not see them. */
    public int withheld() {
        return withheld;
    }

    /**
     * The rows of a table one at a time, shaped for report scripts (plain methods, no Java
     * collections): {@code while (c.next()) { for each i: row[c.column(i)] = c.get(i) }}.
     */
    public static final class Cursor {
        private final Iterator<Map<String, Object>> rows;
        private String[] columns = new String[0];
        private Object[] current = new Object[0];

        Cursor(List<Map<String, Object>> rows) {
            this.rows = rows.iterator();
        }

        /** Moves to the next row; false when there is none. */
        public boolean next() {
            if (!rows.hasNext()) {
                return false;
            }
            Map<String, Object> row = rows.next();
            columns = row.keySet().toArray(new String[0]);
            current = row.values().toArray();
            return true;
        }

        /** How many columns the current row has. */
        public int size() {
            return columns.length;
        }

        /** The name of column {@code i} of the current row. */
        public String column(int i) {
            return columns[i];
        }

        /** The value of column {@code i} of the current row. */
        public Object get(int i) {
            return current[i];
        }
    }
}
