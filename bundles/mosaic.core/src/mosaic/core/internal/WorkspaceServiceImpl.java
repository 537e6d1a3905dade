package mosaic.core.internal;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import mosaic.core.workspace.WorkspaceLocation;
import mosaic.core.workspace.WorkspaceService;

/** The {@link WorkspaceService} component (OSGI-INF/mosaic.core.workspace.xml). */
public final class WorkspaceServiceImpl implements WorkspaceService {

    private final CopyOnWriteArrayList<Consumer<WorkspaceLocation>> listeners = new CopyOnWriteArrayList<>();
    private volatile WorkspaceLocation current;

    @Override
    public Optional<WorkspaceLocation> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public void open(WorkspaceLocation location) {
        current = location;
        for (Consumer<WorkspaceLocation> listener : listeners) {
            listener.accept(location);
        }
    }

    @Override
    public AutoCloseable addListener(Consumer<WorkspaceLocation> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
