package mosaic.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import mosaic.cli.Command;

/**
 * The {@code mosaic.cli.app} Equinox application: runs one command and returns its exit status,
 * which the launcher passes on as the process's exit status.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
        List<ServiceReference<Command>> refs = new ArrayList<>();
        try {
            refs.addAll(bundles.getServiceReferences(Command.class, null));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Command> commands = new ArrayList<>();
        for (ServiceReference<Command> ref : refs) {
            Command command = bundles.getService(ref);
            if (command != null) {
                commands.add(command);
            }
        }
        try {
            return Cli.run(args, commands, System.out, System.err);
        } finally {
            System.out.flush();
            System.err.flush();
            refs.forEach(bundles::ungetService);
        }
    }

    @Override
    public void stop() {
        // A command runs to completion; there is nothing to interrupt.
    }
}
