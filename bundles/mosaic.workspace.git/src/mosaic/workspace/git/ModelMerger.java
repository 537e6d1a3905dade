package mosaic.workspace.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import mosaic.model.MosaicPackage;
import mosaic.model.Provenance;
import mosaic.model.kinds.Kinds;
import mosaic.workspace.git.Conflict.Side;
import mosaic.ops.Fields;

/**
 * Three-way merge of one object file, field by field on the model, never as text.
 *
 * <ul>
 * <li>A field changed on one side only takes that side's value; changed to the same value on
 * both, that value.</li>
 * <li>A field changed to different values on both sides is a {@link Conflict}: the merge keeps
 * mine and names theirs as the loser.</li>
 * <li>Many-valued fields (aliases, references, evidence, attributes...) merge as sets: what
 * either side added is added, what either side removed is removed, mine's order first.</li>
 * <li>A single contained object (the marking) merges field by field, recursively.</li>
 * <li>Provenance's "changed by/at" follows the later change: both edits stay in history.</li>
 * <li>One side deleted the object and the other changed it: a conflict that keeps the
 * changed object, so that nothing is dropped without someone deciding.</li>
 * </ul>
 */
public final class ModelMerger {

    /** The outcome for one file: its merged bytes ({@code null} when the file is gone) and its conflicts. */
    public record Result(byte[] merged, List<Conflict> conflicts) {
    }

    private final Path root;
    private final String theirsCommit;

    /**
     * @param root the workspace root (object files are parsed with their real addresses, so
     *        references between files stay as they are)
     * @param theirsCommit the id of the remote commit, recorded in conflicts
     */
    public ModelMerger(Path root, String theirsCommit) {
        this.root = root;
        this.theirsCommit = theirsCommit;
    }

    /**
     * Merges one file. Any version may be {@code null}: the file did not exist there.
     *
     * @param path the file relative to the workspace root
     * @throws IOException naming the file and version when one of them is not a model object
     */
    public Result merge(String path, byte[] base, byte[] mine, byte[] theirs) throws IOException {
        if (Arrays.equals(mine, theirs) || Arrays.equals(base, theirs)) {
            return new Result(mine, List.of());
        }
        if (Arrays.equals(base, mine)) {
            return new Result(theirs, List.of());
        }
        if (!path.endsWith(".xmi")) {
            // Not a model object and changed differently on both sides: keep mine, say so.
            return new Result(mine != null ? mine : theirs, List.of(new Conflict(path, path, path, Conflict.CONTENT, present(base),
                present(mine), present(theirs), mine != null ? Side.MINE : Side.THEIRS, theirsCommit)));
        }
        if (mine == null || theirs == null) {
            Side deleter = mine == null ? Side.MINE : Side.THEIRS;
            EObject edited = ModelFiles.load(root, path, mine == null ? theirs : mine, deleter == Side.MINE ? "theirs" : "mine");
            String mineText = mine == null ? "deleted" : "changed";
            String theirsText = theirs == null ? "deleted" : "changed";
            return new Result(mine == null ? theirs : mine, List.of(new Conflict(path, id(edited), Kinds.title(edited),
                Conflict.DELETED, "present", mineText, theirsText, deleter.other(), theirsCommit)));
        }
        EObject ours = ModelFiles.load(root, path, mine, "mine");
        EObject their = ModelFiles.load(root, path, theirs, "theirs");
        EObject ancestor = base == null ? EcoreUtil.create(ours.eClass()) : ModelFiles.load(root, path, base, "base");
        List<Conflict> conflicts = new ArrayList<>();
        if (ours.eClass() != their.eClass()) {
            conflicts.add(new Conflict(path, id(ours), Kinds.title(ours), "kind", ancestor.eClass().getName(), ours.eClass().getName(),
                their.eClass().getName(), Side.MINE, theirsCommit));
            return new Result(mine, conflicts);
        }
        new Merge(path, id(ours), Kinds.title(ours), conflicts).object("", ancestor, ours, their);
        return new Result(ModelFiles.serialize(ours), conflicts);
    }

    private static String present(byte[] bytes) {
        return bytes == null ? "absent" : "present";
    }

    private static String id(EObject object) {
        String id = EcoreUtil.getID(object);
        return id == null ? "" : id;
    }

    /** One file's merge, writing into mine's object. */
    private final class Merge {
        private final String path;
        private final String objectId;
        private final String title;
        private final List<Conflict> conflicts;

        Merge(String path, String objectId, String title, List<Conflict> conflicts) {
            this.path = path;
            this.objectId = objectId;
            this.title = title;
            this.conflicts = conflicts;
        }

        void object(String prefix, EObject base, EObject mine, EObject theirs) {
            for (EStructuralFeature feature : mine.eClass().getEAllStructuralFeatures()) {
                if (!Fields.isData(feature) || (feature instanceof org.eclipse.emf.ecore.EAttribute attribute && attribute.isID())) {
                    continue;
                }
                if (feature == MosaicPackage.Literals.MOSAIC_OBJECT__PROVENANCE) {
                    provenance(base, mine, theirs);
                } else if (feature.isMany()) {
                    list(feature, base, mine, theirs);
                } else {
                    single(prefix, feature, base, mine, theirs);
                }
            }
        }

        private void single(String prefix, EStructuralFeature feature, EObject base, EObject mine, EObject theirs) {
            Object b = base.eGet(feature, false);
            Object m = mine.eGet(feature, false);
            Object t = theirs.eGet(feature, false);
            String bt = Fields.text(feature, b);
            String mt = Fields.text(feature, m);
            String tt = Fields.text(feature, t);
            if (mt.equals(tt) && mine.eIsSet(feature) == theirs.eIsSet(feature) || tt.equals(bt)) {
                return;
            }
            boolean containment = feature instanceof EReference reference && reference.isContainment();
            if (mt.equals(bt)) {
                if (!theirs.eIsSet(feature)) {
                    mine.eUnset(feature);
                } else {
                    mine.eSet(feature, containment ? EcoreUtil.copy((EObject) t) : t);
                }
                return;
            }
            if (containment && b != null && m != null && t != null && ((EObject) m).eClass() == ((EObject) t).eClass()) {
                object(prefix + feature.getName() + ".", (EObject) b, (EObject) m, (EObject) t);
                return;
            }
            conflicts.add(new Conflict(path, objectId, title, prefix + feature.getName(), bt, mt, tt, Side.MINE, theirsCommit));
        }

        @SuppressWarnings("unchecked")
        private void list(EStructuralFeature feature, EObject base, EObject mine, EObject theirs) {
            EList<Object> m = (EList<Object>) mine.eGet(feature, false);
            List<Object> t = (List<Object>) theirs.eGet(feature, false);
            List<String> bt = Fields.texts(feature, (List<?>) base.eGet(feature, false));
            List<String> mt = Fields.texts(feature, m);
            List<String> tt = Fields.texts(feature, t);
            if (mt.equals(tt) || tt.equals(bt)) {
                return;
            }
            Set<String> removed = new HashSet<>(bt);
            removed.removeAll(tt);
            Set<String> inMine = new HashSet<>(mt);
            Set<String> inBase = new HashSet<>(bt);
            List<Object> merged = new ArrayList<>();
            for (int i = 0; i < m.size(); i++) {
                if (!removed.contains(mt.get(i))) {
                    merged.add(m.get(i));
                }
            }
            boolean containment = feature instanceof EReference reference && reference.isContainment();
            Set<String> added = new HashSet<>();
            for (int i = 0; i < t.size(); i++) {
                String text = tt.get(i);
                if (!inBase.contains(text) && !inMine.contains(text) && added.add(text)) {
                    merged.add(containment ? EcoreUtil.copy((EObject) t.get(i)) : t.get(i));
                }
            }
            if (merged.size() != m.size() || !merged.equals(m)) {
                List<Object> copy = new ArrayList<>(merged);
                m.clear();
                m.addAll(copy);
            }
        }

        private void provenance(EObject base, EObject mine, EObject theirs) {
            Provenance m = (Provenance) mine.eGet(MosaicPackage.Literals.MOSAIC_OBJECT__PROVENANCE);
            Provenance t = (Provenance) theirs.eGet(MosaicPackage.Literals.MOSAIC_OBJECT__PROVENANCE);
            if (t == null) {
                return;
            }
            if (m == null) {
                mine.eSet(MosaicPackage.Literals.MOSAIC_OBJECT__PROVENANCE, EcoreUtil.copy(t));
                return;
            }
            if (m.getCreatedAt() == null && t.getCreatedAt() != null) {
                m.setCreatedAt(t.getCreatedAt());
                m.setCreatedBy(t.getCreatedBy());
            }
            if (t.getChangedAt() != null && (m.getChangedAt() == null || t.getChangedAt().isAfter(m.getChangedAt()))) {
                m.setChangedAt(t.getChangedAt());
                m.setChangedBy(t.getChangedBy());
                m.setComponent(t.getComponent());
            }
        }
    }
}
