package mosaic.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's own command-line options, after Equinox has taken its own ({@code -data},
 * {@code -configuration}, ...): {@code --workspace DIR} and {@code --screenshot FILE}. Unknown
 * arguments are ignored, since Eclipse passes some of its own through.
 */
public record LaunchOptions(Optional<Path> workspace, Optional<Path> screenshot) {

    /**
     * @throws IllegalArgumentException naming the option when it lacks its value
     */
    public static LaunchOptions parse(List<String> args) {
        Path workspace = null;
        Path screenshot = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--workspace") || arg.equals("--screenshot")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("-")) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                Path value = Path.of(args.get(++i));
                if (arg.equals("--workspace")) {
                    workspace = value;
                } else {
                    screenshot = value;
                }
            } else if (arg.startsWith("--workspace=")) {
                workspace = Path.of(arg.substring("--workspace=".length()));
            } else if (arg.startsWith("--screenshot=")) {
                screenshot = Path.of(arg.substring("--screenshot=".length()));
            }
        }
        return new LaunchOptions(Optional.ofNullable(workspace), Optional.ofNullable(screenshot));
    }
}
