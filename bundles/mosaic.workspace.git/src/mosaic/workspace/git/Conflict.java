package mosaic.workspace.git;

/**
 * A field (or a whole object) that both sides of a merge changed differently. The merge keeps one
 * side's value ({@link #kept()}) and names the other as the loser in the merge commit; the
 * conflict stays open until it is resolved.
 *
 * @param path the object's file, relative to the workspace root ({@code actor/<id>.xmi})
 * @param objectId the object's id
 * @param title the object's name or title, for people
 * @param field the field, dotted for contained objects ({@code marking.classification});
 *        {@value #DELETED} when one side deleted the object and the other edited it;
 *        {@value #CONTENT} for a file that is not a model object
 * @param base the common ancestor's value
 * @param mine this workspace's value
 * @param theirs the remote's value
 * @param kept which side the merge kept
 * @param theirsCommit the remote commit the conflict came from, so that its value can be taken later
 */
public record Conflict(String path, String objectId, String title, String field, String base, String mine, String theirs,
        Side kept, String theirsCommit) {

    /** The field name of a delete against edit conflict. */
    public static final String DELETED = "deleted";
    /** The field name of a conflict on a file that is not a model object. */
    public static final String CONTENT = "content";

    /** A side of a merge. */
    public enum Side {
        /** This workspace. */
        MINE,
        /** The remote. */
        THEIRS;

        /** The other side. */
        public Side other() {
            return this == MINE ? THEIRS : MINE;
        }

        /** Lower case, as written on the command line. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The value the merge kept. */
    public String keptValue() {
        return kept == Side.MINE ? mine : theirs;
    }

    /** The value that lost, named in the merge commit. */
    public String losingValue() {
        return kept == Side.MINE ? theirs : mine;
    }

    /** One line for people: {@code actor/x.xmi (Name) name: kept mine 'A', lost theirs 'B'}. */
    public String describe() {
        return path + " (" + title + ") " + field + ": kept " + kept.word() + " '" + keptValue() + "', lost "
            + kept.other().word() + " '" + losingValue() + "'";
    }
}
