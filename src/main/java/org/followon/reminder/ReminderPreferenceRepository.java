package org.followon.reminder;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderPreferenceRepository extends JpaRepository<ReminderPreference, Long> {

}
