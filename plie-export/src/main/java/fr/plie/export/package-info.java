/**
 * Exports of an {@link fr.plie.reporting.indicator.IndicatorReport}: CSV for French Excel, XLSX with one sheet
 * per indicator group, and a self-contained HTML report with charts; French labels by default, small counts
 * masked for publication.
 */
package fr.plie.export;
