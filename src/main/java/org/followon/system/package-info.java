/**
 * What every page stands on: the embedded PostgreSQL for development and tests, the clock,
 * the home, help and privacy pages, and the mapping of "not found" and edit clashes to calm
 * error pages. Depends on no other module; every other module may use its public types.
 */
package org.followon.system;
