package org.followon.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmailIgnoreCase(String email);

	@Query("select distinct a from Account a join a.roles r where r = :role and a.enabled order by a.displayName")
	List<Account> findEnabledByRole(Role role);

	@Query("select distinct a from Account a join a.roles r where r in :roles and a.enabled order by a.displayName")
	List<Account> findEnabledByRoles(Collection<Role> roles);

	@Query("select distinct a from Account a left join fetch a.roles where a.id in :ids")
	List<Account> findAllWithRolesById(Collection<Long> ids);

	boolean existsByDemoTrue();

}
