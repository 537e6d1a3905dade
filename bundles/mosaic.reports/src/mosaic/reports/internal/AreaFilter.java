package mosaic.reports.internal;

import java.util.HashSet;
import java.util.Set;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.Event;
import mosaic.model.Location;
import mosaic.model.Threat;
import mosaic.reports.ReportException;

/** Area matching: a sector (as threats name it) or a place name with everything inside it. */
final class AreaFilter {
    private final String area;
    private final Set<Location> places;

    private AreaFilter(String area, Set<Location> places) {
        this.area = area;
        this.places = places;
    }

    /**
     * The filter of an area name, resolved among the threats and places the audience may see: a
     * sector only a hidden threat names, or a name or alias only a hidden place carries, is refused
     * exactly as a name nobody uses.
     */
    static AreaFilter of(Workspace workspace, String area, Audience audience) throws ReportException {
        if (area == null) {
            return new AreaFilter(null, Set.of());
        }
        Set<Location> places = new HashSet<>();
        boolean sector = false;
        for (Threat t : workspace.objects(Threat.class)) {
            if (audience.permits(t) && area.equalsIgnoreCase(t.getSector())) {
                sector = true;
                places.addAll(t.getLocations());
            }
        }
        if (!sector) {
            for (Location l : workspace.objects(Location.class)) {
                if (audience.permits(l) && (area.equalsIgnoreCase(l.getName()) || l.getAliases().stream().anyMatch(area::equalsIgnoreCase))) {
                    places.add(l);
                }
            }
            if (places.isEmpty()) {
                throw new ReportException("unknown area '" + area + "': neither a sector named by a threat nor a place in this workspace");
            }
        }
        return new AreaFilter(area, places);
    }

    private boolean within(Location location) {
        for (Location l = location; l != null; l = l.getParent()) {
            if (places.contains(l)) {
                return true;
            }
        }
        return false;
    }

    boolean matches(Threat t) {
        return area == null || area.equalsIgnoreCase(t.getSector()) || t.getLocations().stream().anyMatch(this::within);
    }

    boolean matches(Event e) {
        return area == null || within(e.getLocation()) || area.equalsIgnoreCase(e.getPlaceName());
    }

    boolean matches(Actor a) {
        return area == null || a.getAreasOfOperation().stream().anyMatch(this::within);
    }

    boolean matchesAttribute(String value) {
        return area == null || value == null || value.isBlank() || area.equalsIgnoreCase(value.trim());
    }
}
