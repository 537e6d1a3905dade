package mosaic.io.extract.internal;

import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** An Office Open XML package's document properties ({@code docProps/core.xml} and {@code docProps/custom.xml}). */
final class OfficeProperties {

    private OfficeProperties() {
    }

    /**
     * @return the core properties by local name ({@code title}, {@code creator}, {@code created},
     *         {@code category}...); an OpenDocument's {@code meta.xml} is read the same way
     */
    static Map<String, String> core(byte[] xml) {
        Map<String, String> values = new HashMap<>();
        if (xml == null) {
            return values;
        }
        try {
            XMLStreamReader r = Xml.reader(xml);
            String current = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    current = r.getLocalName();
                } else if (event == XMLStreamReader.CHARACTERS && current != null && !r.getText().isBlank()) {
                    values.putIfAbsent(current, r.getText().strip());
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    current = null;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // properties are a bonus: a damaged part gives none
        }
        return values;
    }

    /** @return the custom properties' text values by name */
    static Map<String, String> custom(byte[] xml) {
        Map<String, String> values = new HashMap<>();
        if (xml == null) {
            return values;
        }
        try {
            XMLStreamReader r = Xml.reader(xml);
            String property = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    if (r.getLocalName().equals("property")) {
                        property = r.getAttributeValue(null, "name");
                    } else if (property != null) {
                        values.putIfAbsent(property, r.getElementText());
                        property = null;
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // as above
        }
        return values;
    }
}
