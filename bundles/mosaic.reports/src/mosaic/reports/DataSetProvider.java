package mosaic.reports;

import java.util.List;
import java.util.Map;

/**
 * Computes one named data set of a product: the rows a design's scripted data set of that name
 * reads. Contributed through the {@code mosaic.reports.dataSets} extension point, which names the
 * data set, its columns and the implementing class (it needs a public constructor without
 * arguments); Mosaic's own data sets are contributed the same way by {@code mosaic.reports}.
 * <p>
 * Need to know: a provider reads the workspace through its {@link DataSetRequest}, and every
 * object that reaches a row must come from {@link DataSetRequest#objects} or pass
 * {@link DataSetRequest#visible} or {@link DataSetRequest#name}. These leave out what the audience
 * may not see and count it, once per product whichever data sets meet it (the product says that
 * material was withheld; the count goes to the issuing analyst only); they also record what is
 * shown, for the product's marking. A protected source is shown by its cover designation
 * ({@link mosaic.core.access.CoverDesignations}), never by anything taken from its record.
 */
@FunctionalInterface
public interface DataSetProvider {

    /**
     * The rows of the data set for one render.
     *
     * @param request the render's selection and audience, and the helpers that keep need to know
     * @return the rows, each with exactly the declared columns (make them with
     *         {@link DataSetRequest#row(Object...)})
     * @throws ReportException when the render's parameters do not allow the data set (one line,
     *         for the user)
     */
    List<Map<String, Object>> rows(DataSetRequest request) throws ReportException;
}
