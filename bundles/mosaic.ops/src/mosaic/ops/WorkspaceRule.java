package mosaic.ops;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

import mosaic.core.workspace.Workspace;

/**
 * The scheduling rule of a workspace folder: a job that changes a workspace (ingest, load, sync...)
 * holds the rule of its root, so that no two such jobs of the same workspace run at once, while
 * jobs on different workspaces still run side by side. Two rules of the same root conflict and
 * contain each other, whichever {@code WorkspaceRule} object each job was given; the root is
 * compared as a real path when the folder exists (a symbolic link and its target are one workspace).
 * Every operation that changes a workspace answers {@code getSchedulingRule()} with this rule.
 */
public final class WorkspaceRule implements ISchedulingRule {

    private final Path root;

    private WorkspaceRule(Path root) {
        this.root = root;
    }

    /** The rule of the workspace in folder {@code root}. */
    public static WorkspaceRule of(Path root) {
        Path normal = root.toAbsolutePath().normalize();
        try {
            normal = normal.toRealPath();
        } catch (IOException e) {
            // not there (yet): the absolute path is the workspace's name
        }
        return new WorkspaceRule(normal);
    }

    /** The rule of {@code workspace}'s folder. */
    public static WorkspaceRule of(Workspace workspace) {
        return of(workspace.root());
    }

    /** The workspace folder this rule guards (absolute, normalized). */
    public Path root() {
        return root;
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this || rule instanceof WorkspaceRule other && other.root.equals(root);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return contains(rule);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkspaceRule rule && rule.root.equals(root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return "WorkspaceRule[" + root + "]";
    }
}
