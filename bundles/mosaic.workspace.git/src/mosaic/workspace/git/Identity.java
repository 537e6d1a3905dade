package mosaic.workspace.git;

import java.util.Map;

/**
 * Who commits: the analyst's name and e-mail, and their component (JMAC, U2...), which goes into
 * every commit as a {@value #COMPONENT_TRAILER} trailer.
 *
 * @param name the analyst's name
 * @param email the analyst's e-mail (may be empty)
 * @param component the analyst's component (may be empty)
 */
public record Identity(String name, String email, String component) {

    /** The commit message trailer that names the component. */
    public static final String COMPONENT_TRAILER = "Mosaic-Component";

    public Identity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an identity needs a name");
        }
        email = email == null ? "" : email;
        component = component == null ? "" : component;
    }

    /**
     * The identity the command line uses: {@code MOSAIC_USER}, {@code MOSAIC_EMAIL} and
     * {@code MOSAIC_COMPONENT} from the environment, the user's login name otherwise.
     */
    public static Identity fromEnvironment(Map<String, String> environment) {
        String name = environment.getOrDefault("MOSAIC_USER", System.getProperty("user.name", "analyst"));
        return new Identity(name, environment.getOrDefault("MOSAIC_EMAIL", ""), environment.getOrDefault("MOSAIC_COMPONENT", ""));
    }

    /** {@code message} with the component trailer added (when there is a component). */
    String withTrailer(String message) {
        if (component.isEmpty()) {
            return message;
        }
        return message.stripTrailing() + "\n\n" + COMPONENT_TRAILER + ": " + component + "\n";
    }
}
