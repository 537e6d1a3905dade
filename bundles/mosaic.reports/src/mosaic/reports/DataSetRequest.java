package mosaic.reports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.Event;
import mosaic.model.MosaicObject;
import mosaic.model.NamedObject;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;

/**
 * What a {@link DataSetProvider} computes its rows for: one data set of one render, with the
 * render's selection (area, period, actor, parameters) and audience, and the helpers that keep
 * need to know. Whatever the audience may not see is left out of the rows and counted through
 * this request; the product's withheld count and marking are kept by Mosaic, not by providers.
 */
public interface DataSetRequest {

    /** What a name the audience may not see prints as. */
    String WITHHELD = "[withheld]";
    /** What a field that is not filled in prints as: a visible gap. */
    String GAP = "[not recorded]";

    /** The data set's name, as the design's scripted data set is named. */
    String dataSet();

    /** The data set's columns, in the order {@link #row(Object...)} takes the values. */
    List<String> columns();

    /** The name of the design being rendered. */
    String design();

    /**
     * The workspace, read only. Objects read from it directly must pass {@link #visible} or
     * {@link #name} before anything of them reaches a row; prefer {@link #objects}.
     */
    Workspace workspace();

    /** The workspace's mission rules: scales, taxonomies, labels. */
    MissionRules rules();

    /** Who the product is for. */
    Audience audience();

    /** The render's parameters as given, by name (the common ones and the design's own). */
    Map<String, String> parameters();

    /** The sector or place the product covers, or {@code null} for the whole mission. */
    String area();

    /** First day of the period, or {@code null} for no lower bound. */
    LocalDate from();

    /** Last day of the period. */
    LocalDate to();

    /** The actor the render is about ({@code actor} parameter), or {@code null}. */
    Actor actor();

    /** Whether a threat lies in the area (its sector or one of its places). */
    boolean inArea(Threat threat);

    /** Whether an event lies in the area (its place or place name). */
    boolean inArea(Event event);

    /** Whether an actor operates in the area. */
    boolean inArea(Actor actor);

    /** Whether an area attribute (of an assessment, say) matches: blank matches every area. */
    boolean inAreaNamed(String area);

    /** Whether a day lies in the period. */
    boolean inPeriod(LocalDate day);

    /**
     * The objects of a kind that belong to the selection and that the audience may see, in
     * workspace order. Those that belong to the selection but are above the audience are
     * counted as withheld; the others are recorded for the product's marking.
     *
     * @param selected whether an object belongs to the selection (area, period...), whatever its
     *        marking
     */
    <T extends MosaicObject> List<T> objects(Class<T> kind, Predicate<? super T> selected);

    /**
     * Whether the audience may see the object: if so it is recorded for the product's marking,
     * else counted as withheld.
     */
    boolean visible(MosaicObject object);

    /**
     * Whether the audience may see the object, recording nothing: only for choosing or counting
     * objects that are not shown themselves.
     */
    boolean permits(MosaicObject object);

    /** The object's name if the audience may see it ({@link #visible}), else {@value #WITHHELD}; {@value #GAP} for none. */
    String name(NamedObject object);

    /** The names of objects as {@link #name} gives them, distinct, joined by ", "; {@value #GAP} for none. */
    String names(Collection<? extends NamedObject> objects);

    /** A row: the values in the order of {@link #columns()}. */
    Map<String, Object> row(Object... values);

    /** Sets a single value the design reads with {@code value(KEY)}. */
    void value(String key, String text);

    /** Sets an image (PNG bytes) the design reads with {@code image(KEY)}. */
    void image(String key, byte[] png);
}
