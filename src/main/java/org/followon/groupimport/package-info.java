/**
 * Importing groups that met before the app ({@code /network/imports}, staff only;
 * docs/import.md): a groups and a meetings CSV checked row by row, the upload kept until
 * staff confirm its preview, then applied through the group module's
 * {@link org.followon.group.GroupImports}.
 */
@ApplicationModule(allowedDependencies = { "group", "account", "system" })
package org.followon.groupimport;

import org.springframework.modulith.ApplicationModule;
