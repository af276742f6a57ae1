package org.followon.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository repository;

	AccountUserDetailsService(AccountRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.repository.findByEmailIgnoreCase(email.trim())
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
