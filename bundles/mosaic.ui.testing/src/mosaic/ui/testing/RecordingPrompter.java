package mosaic.ui.testing;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.window.Window;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import mosaic.ui.Prompter;

/**
 * A {@link Prompter} for tests: registered above the workbench's own (the highest
 * {@code service.ranking}), it answers every confirmation and question with what the test set,
 * records each title and message, and opens dialogs without blocking so the test can drive them.
 * Close it to put the workbench's prompter back:
 *
 * <pre>
 * try (RecordingPrompter prompts = RecordingPrompter.register()) {
 *     prompts.answer(false);
 *     ...
 *     assertEquals(List.of("Cannot delete"), prompts.titles());
 * }
 * </pre>
 */
public final class RecordingPrompter implements Prompter, AutoCloseable {

    /** One thing said or asked: its kind ({@code confirm}, {@code question}, {@code choose}, {@code inform}, {@code error}, {@code open}), title and message. */
    public record Prompt(String kind, String title, String message) {
    }

    private final List<Prompt> prompts = new CopyOnWriteArrayList<>();
    private final List<Window> dialogs = new CopyOnWriteArrayList<>();
    private volatile boolean answer = true;
    private volatile int choice = 0;
    private ServiceRegistration<Prompter> registration;

    private RecordingPrompter() {
    }

    /** Registers a new recording prompter that answers yes (OK, the first choice) until told otherwise. */
    public static RecordingPrompter register() {
        RecordingPrompter prompter = new RecordingPrompter();
        // mosaic.ui's context: that bundle is active in a running workbench, this one need not be
        BundleContext context = FrameworkUtil.getBundle(Prompter.class).getBundleContext();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        prompter.registration = context.registerService(Prompter.class, prompter, properties);
        return prompter;
    }

    /** The answer to confirmations and yes/no questions from now on. */
    public RecordingPrompter answer(boolean yes) {
        answer = yes;
        return this;
    }

    /** The index chosen in questions with their own buttons from now on (-1: closed). */
    public RecordingPrompter choose(int index) {
        choice = index;
        return this;
    }

    /** Everything said or asked so far, in order. */
    public List<Prompt> prompts() {
        return List.copyOf(prompts);
    }

    /** The titles of everything said or asked so far, in order. */
    public List<String> titles() {
        List<String> titles = new ArrayList<>();
        prompts.forEach(p -> titles.add(p.title()));
        return titles;
    }

    /** The messages of everything said or asked so far, in order. */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        prompts.forEach(p -> messages.add(p.message()));
        return messages;
    }

    /** The dialogs opened so far (without blocking), in order. */
    public List<Window> dialogs() {
        return List.copyOf(dialogs);
    }

    /** Forgets what was recorded. */
    public void clear() {
        prompts.clear();
        dialogs.clear();
    }

    @Override
    public boolean confirm(String title, String message) {
        prompts.add(new Prompt("confirm", title, message));
        return answer;
    }

    @Override
    public boolean question(String title, String message) {
        prompts.add(new Prompt("question", title, message));
        return answer;
    }

    @Override
    public int choose(String title, String message, String... choices) {
        prompts.add(new Prompt("choose", title, message));
        return choice;
    }

    @Override
    public void inform(String title, String message) {
        prompts.add(new Prompt("inform", title, message));
    }

    @Override
    public void error(String title, String message) {
        prompts.add(new Prompt("error", title, message));
    }

    @Override
    public void error(String title, String message, IStatus status) {
        prompts.add(new Prompt("error", title, message));
    }

    @Override
    public int open(Window dialog) {
        dialogs.add(dialog);
        prompts.add(new Prompt("open", dialog.getClass().getSimpleName(), ""));
        dialog.setBlockOnOpen(false);
        return dialog.open();
    }

    /** Unregisters: the workbench's prompter answers again. */
    @Override
    public void close() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
