package mosaic.reports.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The version of a workspace as a product prints it: the git commit the workspace folder is at
 * (read from {@code .git/HEAD}, its ref file or {@code packed-refs}), or {@code unversioned}.
 */
public final class WorkspaceVersion {

    /** What a workspace that is not a git repository (or has no commit yet) prints as. */
    public static final String UNVERSIONED = "unversioned";

    private WorkspaceVersion() {
    }

    /** {@code git <12 hex digits>} or {@value #UNVERSIONED}. */
    public static String of(Path root) {
        Path git = root.resolve(".git");
        try {
            if (Files.isRegularFile(git)) {
                // a worktree or submodule: "gitdir: <path>"
                String pointer = Files.readString(git, StandardCharsets.UTF_8).trim();
                if (!pointer.startsWith("gitdir:")) {
                    return UNVERSIONED;
                }
                git = root.resolve(pointer.substring("gitdir:".length()).trim());
            }
            Path headFile = git.resolve("HEAD");
            if (!Files.isRegularFile(headFile)) {
                return UNVERSIONED;
            }
            String head = Files.readString(headFile, StandardCharsets.UTF_8).trim();
            String commit = head;
            if (head.startsWith("ref:")) {
                String ref = head.substring(4).trim();
                commit = resolve(git, ref);
                if (commit == null && Files.isRegularFile(git.resolve("commondir"))) {
                    Path common = git.resolve(Files.readString(git.resolve("commondir"), StandardCharsets.UTF_8).trim());
                    commit = resolve(common, ref);
                }
            }
            return commit != null && commit.matches("[0-9a-f]{40,64}") ? "git " + commit.substring(0, 12) : UNVERSIONED;
        } catch (IOException | RuntimeException e) {
            return UNVERSIONED;
        }
    }

    private static String resolve(Path git, String ref) throws IOException {
        Path file = git.resolve(ref);
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        Path packed = git.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref)) {
                    return line.substring(0, line.indexOf(' '));
                }
            }
        }
        return null;
    }
}
