/**
 * Text messages to a person's own mobile through GOV.UK Notify, with its official client.
 * Without an API key ({@code followon.notify.api-key}) text messages are switched off,
 * and modules that offer them say so. Depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.followon.notify;

import org.springframework.modulith.ApplicationModule;
