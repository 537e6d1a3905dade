package mosaic.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import mosaic.core.workspace.WorkspaceLocation;
import mosaic.core.workspace.WorkspaceService;

class WorkspaceServiceTest {

    @TempDir
    Path tmp;

    @Test
    void declarativeServicesRegistersTheServiceAndItNotifiesListeners() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(WorkspaceService.class).getBundleContext();
        assertNotNull(context, "mosaic.core is started lazily when its classes load");
        ServiceReference<WorkspaceService> ref = context.getServiceReference(WorkspaceService.class);
        assertNotNull(ref, "the mosaic.core.workspace component is registered");
        WorkspaceService service = context.getService(ref);
        try {
            List<WorkspaceLocation> seen = new ArrayList<>();
            WorkspaceLocation location = WorkspaceLocation.of(tmp);
            try (AutoCloseable subscription = service.addListener(seen::add)) {
                service.open(location);
            }
            service.open(location);
            assertEquals(List.of(location), seen, "notified once, and not after the listener was removed");
            assertEquals(location, service.current().orElseThrow());
        } finally {
            context.ungetService(ref);
        }
    }
}
