package mosaic.ui.internal.editors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Control;

/** A text field of one attribute: how its value is shown and how typed text is read back. */
final class Field {

    final EObject owner;
    final EStructuralFeature feature;
    final Control control;
    boolean editing;

    Field(EObject owner, EStructuralFeature feature, Control control) {
        this.owner = owner;
        this.feature = feature;
        this.control = control;
    }

    /** "Intent and motivation" for intentAndMotivation. */
    static String label(EStructuralFeature feature) {
        return words(feature.getName());
    }

    static String words(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                out.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    String format() {
        Object value = owner.eGet(feature);
        if (feature.isMany()) {
            List<String> lines = new ArrayList<>();
            for (Object item : (List<?>) value) {
                lines.add(String.valueOf(item));
            }
            return String.join("\n", lines);
        }
        return value == null ? "" : value.toString();
    }

    /**
     * Reads typed text as a value of the attribute's type.
     *
     * @throws IllegalArgumentException saying what is expected
     */
    Object parse(String text) {
        String trimmed = text.strip();
        Class<?> type = ((EAttribute) feature).getEAttributeType().getInstanceClass();
        if (feature.isMany()) {
            List<String> values = new ArrayList<>();
            for (String line : trimmed.split("\\R")) {
                if (!line.isBlank()) {
                    values.add(line.strip());
                }
            }
            return values;
        }
        if (trimmed.isEmpty()) {
            if (type == int.class) {
                return 0;
            }
            if (type == double.class) {
                return 0.0;
            }
            return type == String.class ? "" : null;
        }
        try {
            if (type == String.class) {
                return text.contains("\n") ? text : trimmed;
            }
            if (type == int.class || type == Integer.class) {
                return Integer.parseInt(trimmed);
            }
            if (type == double.class || type == Double.class) {
                return Double.parseDouble(trimmed);
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(trimmed);
            }
            if (type == Instant.class) {
                return trimmed.length() == 10 ? LocalDate.parse(trimmed).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.parse(trimmed);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a number");
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a date; write "
                + (type == LocalDate.class ? "2026-11-22" : "2026-11-22T07:30:00Z or 2026-11-22"));
        }
        return trimmed;
    }
}
