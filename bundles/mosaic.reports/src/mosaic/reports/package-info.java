/**
 * Analytic products: BIRT report designs fed from the workspace through a Java-side data source.
 * {@link mosaic.reports.Reports} lists the designs (built in, or contributed by mission plug-ins
 * through the {@code mosaic.reports.designs} extension point) and renders them for an audience to
 * PDF, HTML or DOCX. Designs read their rows from {@link mosaic.reports.ProductData}, computed by the
 * {@link mosaic.reports.DataSetProvider}s contributed under each data set's name through the
 * {@code mosaic.reports.dataSets} extension point (Mosaic's own, and missions').
 */
package mosaic.reports;
