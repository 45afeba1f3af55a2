package org.shouwang.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account for Spring Security's password check, as the {@link SignedInUser} principal. */
@Service
@Transactional(readOnly = true)
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    public AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * The account of that username (phone numbers in any spelling). The exception text never reaches
     * the user: Spring reports every failure alike, so nobody learns which usernames exist.
     */
    @Override
    public SignedInUser loadUserByUsername(String username) {
        return accounts.findByUsername(Usernames.normalize(username))
                .map(Account::toSignedInUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
