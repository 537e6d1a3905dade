package mosaic.reports;

/**
 * A parameter a design takes.
 *
 * @param name the key given as {@code --param name=value}
 * @param description what it means and its default, for {@code report --list} and the parameters dialog
 * @param required whether rendering fails without it
 */
public record ParameterInfo(String name, String description, boolean required) {
}
