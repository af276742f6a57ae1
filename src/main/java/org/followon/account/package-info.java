/**
 * People and sign-in: accounts with their global roles, password hashing and rules,
 * sign-in by password or by emailed link, resetting a forgotten password, the security
 * rules for every URL, and the signed-in user that other modules read. Other modules hold
 * account ids and ask {@link org.followon.account.Accounts} for names.
 */
@ApplicationModule(allowedDependencies = { "system" })
package org.followon.account;

import org.springframework.modulith.ApplicationModule;
