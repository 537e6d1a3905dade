package mosaic.ui.internal.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import mosaic.model.config.MissionRules;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/** Window &gt; Preferences &gt; Analyst: user name, component, clearance used for display. */
public final class AnalystPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The workbench's session, from its service. */
    private final Session session = Sessions.current();

    public AnalystPreferencePage() {
        super(GRID);
        setDescription("Who you are, as recorded in every change you save, and the clearance and compartments Mosaic shows objects and search hits for.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(AnalystPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(AnalystPreferences.USER, "User name:", getFieldEditorParent()));
        MissionRules rules = session.workspace() != null ? session.workspace().rules() : MissionRules.defaults();
        String[][] components = rules.configuration().getTaxonomies().stream().filter(t -> t.getName().equals(MissionRules.COMPONENTS))
            .flatMap(t -> t.getTerms().stream()).map(t -> new String[] {t.getLabel() + " (" + t.getCode() + ")", t.getCode()})
            .toArray(String[][]::new);
        if (components.length == 0) {
            components = new String[][] {{"JMAC", "JMAC"}, {"U2", "U2"}};
        }
        addField(new ComboFieldEditor(AnalystPreferences.COMPONENT, "Component:", components, getFieldEditorParent()));
        String[][] levels = rules.classificationCodes().stream()
            .map(code -> new String[] {rules.classification(code).map(l -> l.getLabel()).orElse(code), code}).toArray(String[][]::new);
        addField(new ComboFieldEditor(AnalystPreferences.CLEARANCE, "Clearance (for display):", levels, getFieldEditorParent()));
        StringFieldEditor compartments = new StringFieldEditor(AnalystPreferences.COMPARTMENTS, "Compartments (comma-separated, * for all):",
            getFieldEditorParent());
        String known = String.join(", ", rules.configuration().getTaxonomies().stream().filter(t -> t.getName().equals(MissionRules.COMPARTMENTS))
            .flatMap(t -> t.getTerms().stream()).map(t -> t.getCode()).toList());
        compartments.getTextControl(getFieldEditorParent()).setToolTipText("The mission's compartments: " + known);
        addField(compartments);
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        AnalystPreferences.save();
        session.preferencesChanged();
        return ok;
    }
}
