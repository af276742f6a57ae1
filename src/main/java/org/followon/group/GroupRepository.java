package org.followon.group;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupRepository extends JpaRepository<FollowOnGroup, Long> {

	List<FollowOnGroup> findByPmpIdOrderByName(long pmpId);

	List<FollowOnGroup> findAllByOrderByName();

	java.util.Optional<FollowOnGroup> findFirstByName(String name);

	List<FollowOnGroup> findByExternalIdIn(java.util.Collection<String> externalIds);

	List<FollowOnGroup> findByOpenToNewMembersTrueOrderByName();

	List<FollowOnGroup> findBySupportingPtvIdAndPtvSteppedBackOnIsNullOrderByName(long supportingPtvId);

}
