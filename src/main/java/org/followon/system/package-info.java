/**
 * What every page stands on: the embedded PostgreSQL for development and tests, the
 * clock, the home, help and privacy pages, the mapping of "not found" and edit clashes to
 * calm error pages, and PDFs rendered from templates
 * ({@link org.followon.system.PdfDocuments}). Depends on no other module; every other
 * module may use its public types.
 */
@ApplicationModule(allowedDependencies = {})
package org.followon.system;

import org.springframework.modulith.ApplicationModule;
