package mosaic.ops.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;

/** A small saved workspace with the default mission: two actors, a relation between them, a threat by one of them. */
final class OpsFixture {

    final Workspace workspace;
    final Actor armedGroup;
    final Actor militia;
    final Relation alliance;
    final Threat threat;

    OpsFixture(Path folder) throws Exception {
        Workspace created = Workspace.init(folder, MissionRules.loadDefault());
        armedGroup = created.create(MosaicPackage.Literals.ACTOR);
        armedGroup.setName("Armed Group North");
        created.add(armedGroup);
        militia = created.create(MosaicPackage.Literals.ACTOR);
        militia.setName("Village Militia");
        created.add(militia);
        alliance = created.create(MosaicPackage.Literals.RELATION);
        alliance.setFrom(armedGroup);
        alliance.setTo(militia);
        alliance.setType("alliance");
        created.add(alliance);
        threat = created.create(MosaicPackage.Literals.THREAT);
        threat.setTitle("Raids on the northern villages");
        threat.setLikelihood("almost-certain");
        threat.setImpact("major");
        threat.setRisk("extreme");
        created.add(threat);
        created.saveAll(new NullProgressMonitor());
        workspace = created;
    }
}
