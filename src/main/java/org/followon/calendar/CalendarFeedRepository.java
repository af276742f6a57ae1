package org.followon.calendar;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

	Optional<CalendarFeed> findByAccountId(long accountId);

	Optional<CalendarFeed> findByTokenHash(String tokenHash);

}
