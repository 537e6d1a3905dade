/**
 * What the Mosaic workbench offers other UI bundles and tests: ids of its perspectives and views
 * ({@link mosaic.ui.MosaicUi}), window screenshots ({@link mosaic.ui.Screenshots}), OSGi service
 * look-up for UI code ({@link mosaic.ui.Services}), the service through which the workbench asks
 * and tells the analyst ({@link mosaic.ui.Prompter}) and table columns ({@link mosaic.ui.Columns}).
 */
package mosaic.ui;
