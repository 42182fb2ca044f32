/** What every CSV and XLSX file plie writes shares: formula-like text neutralised before a spreadsheet reads it. */
package fr.plie.reporting.spreadsheet;
