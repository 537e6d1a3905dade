package mosaic.reports.internal;

import java.net.URL;

import mosaic.reports.DesignInfo;

/**
 * A design as registered: what the API shows, where its file is, and its default period.
 *
 * @param info name, title and parameters
 * @param file the {@code .rptdesign} inside its bundle
 * @param defaultPeriod how far back {@code from} lies from {@code to} when not given: an ISO-8601
 *        period such as {@code P7D} or {@code P3M}, {@code P0D} for "as of one day", or
 *        {@code all} for no lower bound
 */
public record DesignEntry(DesignInfo info, URL file, String defaultPeriod) {
}
