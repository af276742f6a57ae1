package org.followon.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingSeriesRepository extends JpaRepository<MeetingSeries, Long> {

}
