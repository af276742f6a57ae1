package org.followon.reminder;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupReminderSettingsRepository extends JpaRepository<GroupReminderSettings, Long> {

}
