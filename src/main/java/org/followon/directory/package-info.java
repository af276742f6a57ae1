/**
 * The network's directory of groups open to new members ({@code /directory}), filtered by
 * area, usual day and whether they meet online: what each group says about itself, never
 * an address or a member. Reads the open groups through the group module's
 * {@link org.followon.group.Groups}; asking to join is the group module's.
 */
@ApplicationModule(allowedDependencies = { "group" })
package org.followon.directory;

import org.springframework.modulith.ApplicationModule;
