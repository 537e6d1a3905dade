package mosaic.ops;

import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicPackage;
import mosaic.model.Threat;

/**
 * An editing domain that keeps the domain rules in every command it creates, whichever
 * front-end asks (object editor, Properties view, {@code set}, an importer, a merge resolution):
 * a change of a threat's likelihood or of one of its three impacts also sets the risk the
 * mission's matrix gives for the result, in the same undoable command.
 */
public final class MosaicEditingDomain extends AdapterFactoryEditingDomain {

    /** The fields a threat's risk is computed from. */
    public static final Set<EStructuralFeature> RISK_INPUTS = Set.of(MosaicPackage.Literals.THREAT__LIKELIHOOD,
        MosaicPackage.Literals.THREAT__IMPACT, MosaicPackage.Literals.THREAT__IMPACT_CHILDREN,
        MosaicPackage.Literals.THREAT__IMPACT_WOMEN_AND_GIRLS);

    private final Workspace workspace;

    MosaicEditingDomain(Workspace workspace, AdapterFactory factory, CommandStack stack) {
        super(factory, stack, workspace.resourceSet());
        this.workspace = workspace;
    }

    /** The workspace whose objects this domain edits. */
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
        Command command = super.createCommand(commandClass, parameter);
        if (commandClass == SetCommand.class && parameter.getOwner() instanceof Threat threat
            && RISK_INPUTS.contains(parameter.getEStructuralFeature())) {
            return new RiskFollowing(threat, command);
        }
        return command;
    }

    /**
     * A change of a risk input, then, once it has run, the risk the matrix gives for the
     * threat as it now is (nothing when the matrix gives none or the risk already matches).
     * Undo takes back both.
     */
    private final class RiskFollowing extends CompoundCommand {

        private final Threat threat;

        RiskFollowing(Threat threat, Command change) {
            super(change.getLabel(), change.getDescription());
            this.threat = threat;
            append(change);
        }

        @Override
        public void execute() {
            super.execute();
            String risk = workspace.rules().expectedRisk(threat).orElse(null);
            if (risk != null && !Objects.equals(risk, threat.getRisk())) {
                appendAndExecute(SetCommand.create(MosaicEditingDomain.this, threat, MosaicPackage.Literals.THREAT__RISK, risk));
            }
        }
    }
}
