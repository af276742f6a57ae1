package org.followon.group;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupRepository extends JpaRepository<FollowOnGroup, Long> {

	List<FollowOnGroup> findByPmpIdOrderByName(long pmpId);

	List<FollowOnGroup> findAllByOrderByName();

	List<FollowOnGroup> findByExternalIdIn(Collection<String> externalIds);

	/**
	 * Groups open to new members, by name, with the directory's filters: part of the area
	 * (lower case, "" for any), the usual day and whether they meet online (null for
	 * any).
	 */
	@Query("""
			select g from FollowOnGroup g
			 where g.openToNewMembers = true
			   and (:area = '' or locate(:area, lower(g.area)) > 0)
			   and (:day is null or g.usualDay = :day)
			   and (:online is null or g.meetsOnline = :online)
			 order by g.name""")
	List<FollowOnGroup> findOpenToNewMembers(String area, DayOfWeek day, Boolean online);

	List<FollowOnGroup> findBySupportingPtvIdAndPtvSteppedBackOnIsNullOrderByName(long supportingPtvId);

}
