package mosaic.graph;

import java.util.concurrent.CancellationException;

/**
 * Splits the work of one {@link Progress} between the steps of a computation, each step
 * counting its own units: {@code convert} starts the task, {@link #split(int)} hands a step its
 * share of the units, which that step may in turn convert to its own count. Work is reported to
 * the caller's progress in whole units as the shares fill. Like the algorithms, it is used from
 * one thread.
 */
public final class SubProgress implements Progress {

    /** The caller's progress, which every split of one task reports to. */
    private final Progress root;
    /** The step this one is a share of, or null for the top. */
    private final SubProgress parent;
    /** Units of the parent (of the root for the top) this one stands for. */
    private final double share;
    /** Units of the parent per unit of this one. */
    private double scale;
    /** Units of the parent used so far, at most {@link #share}. */
    private double used;
    /** The last split, completed when the next one is made. */
    private SubProgress child;
    /** Whole units reported to the root (top only). */
    private int reported;

    private SubProgress(Progress root, SubProgress parent, double share) {
        this.root = root;
        this.parent = parent;
        this.share = share;
        this.scale = 1;
    }

    /**
     * Starts {@code task} on {@code progress} with {@code totalWork} units (0 when unknown). A
     * {@code SubProgress} made by {@link #split(int)} is itself converted: its share is divided
     * into {@code totalWork} units and its task shown as a step of the whole.
     */
    public static SubProgress convert(Progress progress, String task, int totalWork) {
        if (progress instanceof SubProgress sub) {
            sub.begin(task, totalWork);
            return sub;
        }
        Progress root = Progress.orNone(progress);
        root.begin(task, Math.max(0, totalWork));
        return new SubProgress(root, null, Math.max(0, totalWork));
    }

    /** {@link #convert(Progress, String, int)} without a task name. */
    public static SubProgress convert(Progress progress, int totalWork) {
        return convert(progress, "", totalWork);
    }

    @Override
    public void begin(String task, int totalWork) {
        scale = totalWork > 0 ? (share - used) / totalWork : 0;
        if (parent != null && task != null && !task.isEmpty()) {
            root.subTask(task);
        }
    }

    @Override
    public void subTask(String name) {
        root.subTask(name);
    }

    @Override
    public void worked(int work) {
        if (work > 0) {
            useOwn(work);
        }
    }

    @Override
    public boolean isCanceled() {
        return root.isCanceled();
    }

    /**
     * Completes the last split, then hands the next step {@code work} units of this one.
     *
     * @throws CancellationException if the caller asked to stop
     */
    public SubProgress split(int work) {
        if (child != null) {
            child.done();
        }
        if (root.isCanceled()) {
            throw new CancellationException();
        }
        child = new SubProgress(root, this, Math.max(0, work));
        return child;
    }

    /** Uses what is left of this step's share. */
    public void done() {
        if (child != null) {
            child.done();
            child = null;
        }
        use(share - used);
    }

    /** Uses {@code units} of this one's own units. */
    private void useOwn(double units) {
        use(units * scale);
    }

    /** Uses {@code units} of the parent's units (of the root's for the top), as far as the share goes. */
    private void use(double units) {
        double d = Math.min(units, share - used);
        if (d <= 0) {
            return;
        }
        used += d;
        if (parent != null) {
            parent.useOwn(d);
        } else {
            int whole = (int) used;
            if (whole > reported) {
                root.worked(whole - reported);
                reported = whole;
            }
        }
    }
}
