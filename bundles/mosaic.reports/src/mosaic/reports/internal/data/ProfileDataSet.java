package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.DAY;
import static mosaic.reports.internal.data.Tables.GAP;
import static mosaic.reports.internal.data.Tables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mosaic.model.Actor;
import mosaic.model.ActorRole;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;
import mosaic.reports.ReportException;

/** {@code profile}: the POC Handbook 8.2.1 actor profile, one row per field (needs the actor parameter). */
public final class ProfileDataSet implements DataSetProvider {

    /** The actor of the render, or the one-line error a design without it gets. */
    static Actor actor(DataSetRequest request) throws ReportException {
        if (request.actor() == null) {
            throw new ReportException("this design needs --param actor=ID|NAME");
        }
        return request.actor();
    }

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) throws ReportException {
        Actor actor = actor(request);
        MissionRules rules = request.rules();
        request.visible(actor);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(request.row("Name", actor.getName()));
        rows.add(request.row("Aliases and spellings", actor.getAliases().isEmpty() ? GAP : String.join(", ", actor.getAliases())));
        rows.add(request.row("Kind and type", actor.getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ')
            + (actor.getType() == null ? "" : ", " + rules.term(MissionRules.ACTOR_TYPES, actor.getType()).map(t -> t.getLabel()).orElse(actor.getType()))));
        rows.add(request.row("Motivation and intent", text(actor.getIntentAndMotivation())));
        rows.add(request.row("Structure and command", text(actor.getStructure())));
        rows.add(request.row("Capabilities and resources", text(actor.getCapabilitiesAndResources())
            + (actor.getStrength() == null ? "" : " Estimated strength: " + actor.getStrength() + ".")));
        rows.add(request.row("Presence and areas of operation", text(actor.getPresence())
            + (actor.getAreasOfOperation().isEmpty() ? "" : " (" + request.names(actor.getAreasOfOperation()) + ")")));
        rows.add(request.row("Modus operandi", text(actor.getModusOperandi())));
        rows.add(request.row("History of violations", text(actor.getHistory())));
        rows.add(request.row("Relationship with the mission", text(actor.getRelationshipWithMission())));
        rows.add(request.row("Civilian status", actor.getCivilianStatus() == null ? GAP
            : actor.getCivilianStatus().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ')));
        List<String> roles = new ArrayList<>();
        for (ActorRole r : actor.getRoles()) {
            roles.add(r.getRole() + " (" + (r.getValidFrom() == null ? "" : r.getValidFrom().format(DAY)) + " to "
                + (r.getValidTo() == null ? "present" : r.getValidTo().format(DAY)) + ")");
        }
        rows.add(request.row("Roles over time", roles.isEmpty() ? GAP : String.join("; ", roles)));
        return rows;
    }
}
