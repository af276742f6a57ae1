package org.followon.group;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	List<Referral> findByGroupIdOrderByReferredAtDesc(long groupId);

}
