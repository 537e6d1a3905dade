package org.eclipse.jface.util;

/**
 * The assertions GEF 3.2 calls on {@code org.eclipse.jface.util.Assert}, a class that later
 * JFace releases removed. This fragment of {@code org.eclipse.gef} puts it on GEF's own class
 * path: OSGi looks there after the required JFace bundle does not have it. Only the four
 * methods GEF 3.2 calls are here.
 */
public final class Assert {

    private Assert() {
    }

    /** Fails with an {@link IllegalArgumentException} (GEF catches none) when the object is null. */
    public static void isNotNull(Object object) {
        isNotNull(object, "");
    }

    public static void isNotNull(Object object, String message) {
        if (object == null) {
            throw new IllegalArgumentException("null argument: " + message);
        }
    }

    /** Fails with an {@link IllegalStateException} when the expression is false. */
    public static boolean isTrue(boolean expression) {
        return isTrue(expression, "");
    }

    public static boolean isTrue(boolean expression, String message) {
        if (!expression) {
            throw new IllegalStateException("assertion failed: " + message);
        }
        return expression;
    }
}
