/**
 * Git-versioned Mosaic workspaces: {@link mosaic.workspace.git.VersionedWorkspace} (commit with
 * the analyst's identity and component, tags, status, sync with a model-aware merge, conflicts and
 * their resolution, compartments), {@link mosaic.workspace.git.History} (who changed which field,
 * comparing and restoring versions, the handover summary), {@link mosaic.workspace.git.ModelMerger}
 * (three-way merge of one object file on the model, never as text) and
 * {@link mosaic.ops.SetFieldsOperation} (headless changes through the workbench's editing
 * commands).
 */
package mosaic.workspace.git;
