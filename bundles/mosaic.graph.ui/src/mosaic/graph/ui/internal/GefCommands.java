package mosaic.graph.ui.internal;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.gef.commands.CommandStack;

/**
 * The bridge between GEF's tools and the workbench's one EMF command stack: edit policies hand
 * GEF an EMF command in a {@link Wrapped}, and the viewer's {@link Stack} executes what the
 * tools give it on the EMF stack, so chart edits undo with every other edit in the workbench.
 */
public final class GefCommands {

    private GefCommands() {
    }

    /** An EMF command as GEF sees it. */
    public static final class Wrapped extends org.eclipse.gef.commands.Command {
        private final Command command;

        public Wrapped(Command command) {
            super(command.getLabel());
            this.command = command;
        }

        public Command command() {
            return command;
        }

        @Override
        public boolean canExecute() {
            return command.canExecute();
        }

        @Override
        public boolean canUndo() {
            return command.canUndo();
        }
    }

    /** Wraps an EMF command; null when the command can not run (GEF then shows "not allowed"). */
    public static org.eclipse.gef.commands.Command wrap(Command command) {
        return command == null || !command.canExecute() ? null : new Wrapped(command);
    }

    /** The EMF command that runs a GEF command (compounds of wrapped commands become EMF compounds). */
    public static Command unwrap(org.eclipse.gef.commands.Command command) {
        if (command instanceof Wrapped wrapped) {
            return wrapped.command();
        }
        if (command instanceof org.eclipse.gef.commands.CompoundCommand compound) {
            CompoundCommand result = new CompoundCommand(compound.getLabel());
            for (Object child : compound.getCommands()) {
                result.append(unwrap((org.eclipse.gef.commands.Command) child));
            }
            return result.unwrap();
        }
        return new AbstractCommand(command.getLabel()) {
            @Override
            protected boolean prepare() {
                return command.canExecute();
            }

            @Override
            public void execute() {
                command.execute();
            }

            @Override
            public boolean canUndo() {
                return command.canUndo();
            }

            @Override
            public void undo() {
                command.undo();
            }

            @Override
            public void redo() {
                command.redo();
            }

            @Override
            public java.util.Collection<?> getAffectedObjects() {
                return List.of();
            }
        };
    }

    /** GEF's command stack, executing on the shared EMF stack. */
    public static final class Stack extends CommandStack {
        private final java.util.function.Supplier<org.eclipse.emf.common.command.CommandStack> target;

        public Stack(java.util.function.Supplier<org.eclipse.emf.common.command.CommandStack> target) {
            this.target = target;
        }

        @Override
        public void execute(org.eclipse.gef.commands.Command command) {
            if (command == null || !command.canExecute()) {
                return;
            }
            target.get().execute(unwrap(command));
        }

        @Override
        public boolean canUndo() {
            return target.get().canUndo();
        }

        @Override
        public boolean canRedo() {
            return target.get().canRedo();
        }

        @Override
        public void undo() {
            target.get().undo();
        }

        @Override
        public void redo() {
            target.get().redo();
        }

        @Override
        public boolean isDirty() {
            return false;
        }
    }
}
