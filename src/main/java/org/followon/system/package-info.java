/**
 * What every page stands on: the embedded PostgreSQL for development and tests, the
 * clock, the home, help and privacy pages, the mapping of "not found" and edit clashes to
 * calm error pages, the form inputs every module reads (dates, times) and the exception a
 * service throws for a value only it can find wrong
 * ({@link org.followon.system.RejectedValueException}), PDFs rendered from templates
 * ({@link org.followon.system.PdfDocuments}), the check of CSV cells a spreadsheet would
 * run as a formula ({@link org.followon.system.CsvCells}), and the loading of the demo
 * data, whose parts the other modules provide ({@link org.followon.system.DemoData}).
 * Depends on no other module; every other module may use its public types.
 */
@ApplicationModule(allowedDependencies = {})
package org.followon.system;

import org.springframework.modulith.ApplicationModule;
