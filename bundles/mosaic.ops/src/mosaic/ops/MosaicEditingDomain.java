package mosaic.ops;

import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import mosaic.core.workspace.Workspace;
import mosaic.model.Marking;
import mosaic.model.MosaicPackage;
import mosaic.model.Threat;

/**
 * An editing domain that keeps the domain rules in every command it creates, whichever
 * front-end asks (object editor, Properties view, {@code set}, an importer, a merge resolution):
 * <ul>
 * <li>a change of a threat's likelihood or of one of its three impacts also sets the risk the
 * mission's matrix gives for the result, in the same undoable command;</li>
 * <li>a set command that would lower a classification cannot execute: lowering is only ever
 * done through {@link #lowerClassification}, which a front-end calls once the analyst has said
 * so (the editor asks, {@code set} needs {@code --lower-marking}), so that no other path, a
 * property sheet or an importer, lowers a marking by accident.</li>
 * </ul>
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
        if (commandClass == SetCommand.class && parameter.getOwner() instanceof Marking marking
            && parameter.getEStructuralFeature() == MosaicPackage.Literals.MARKING__CLASSIFICATION
            && lowers(marking, parameter.getValue() == SetCommand.UNSET_VALUE ? null : parameter.getValue())) {
            return UnexecutableCommand.INSTANCE;
        }
        Command command = super.createCommand(commandClass, parameter);
        if (commandClass == SetCommand.class && parameter.getOwner() instanceof Threat threat
            && RISK_INPUTS.contains(parameter.getEStructuralFeature())) {
            return new RiskFollowing(threat, command);
        }
        return command;
    }

    /** Whether setting {@code marking}'s classification to {@code value} would lower it. */
    public boolean lowers(Marking marking, Object value) {
        var rules = workspace.rules();
        String from = marking.getClassification();
        if (from == null || !rules.isClassification(from) || from.equals(value)) {
            return false;
        }
        return !(value instanceof String to) || !rules.isClassification(to) || rules.classificationRank(to) < rules.classificationRank(from);
    }

    /**
     * The one command that lowers a classification (or sets any classification, lower or not):
     * for a front-end to run once the analyst has explicitly agreed to lower it.
     */
    public Command lowerClassification(Marking marking, String code) {
        return new SetCommand(this, marking, MosaicPackage.Literals.MARKING__CLASSIFICATION, code == null ? SetCommand.UNSET_VALUE : code);
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
