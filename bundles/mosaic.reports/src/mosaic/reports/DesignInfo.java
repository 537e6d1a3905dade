package mosaic.reports;

import java.util.List;
import java.util.Optional;

/**
 * A report design that can be rendered: built into Mosaic or contributed by a mission plug-in.
 *
 * @param name the stable name used by {@code report --design NAME}
 * @param title the product's title
 * @param description one line on what the product shows
 * @param contributor the symbolic name of the bundle that contributed it
 * @param parameters every parameter it takes, the common ones ({@code audience}, {@code area},
 *        {@code from}, {@code to}, ...) first
 */
public record DesignInfo(String name, String title, String description, String contributor, List<ParameterInfo> parameters) {

    public DesignInfo {
        parameters = List.copyOf(parameters);
    }

    /** The parameter with that name, if the design takes it. */
    public Optional<ParameterInfo> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
