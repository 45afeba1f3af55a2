package org.shouwang.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.community.CommunityRepository;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A password change runs bcrypt twice (the current password, the new one). Neither may run inside a
 * transaction: a burst of volunteers replacing one-time passwords would otherwise hold every pooled
 * connection through a tenth of a second of hashing each.
 */
class PasswordChangeOutsideTransactionTest {

    private static final long ACCOUNT_ID = 41;

    private final List<Boolean> hashedInTransaction = new ArrayList<>();
    private final List<Boolean> savedInTransaction = new ArrayList<>();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AccountRepository accounts = mock(AccountRepository.class);
    private final RememberedLogins rememberedLogins = mock(RememberedLogins.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);

    private final AccountService service = new AccountService(accounts, mock(VolunteerRepository.class),
            mock(CommunityRepository.class), recordingEncoder(), mock(LoginThrottle.class), currentUser,
            rememberedLogins, mock(SignedInSessions.class), new TransactionTemplate(new NoDatabase()));

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void both_bcrypt_operations_run_outside_the_transaction_that_saves_the_new_hash() {
        Account account = signedIn(bcrypt.encode("altes-passwort"));
        doAnswer(call -> {
            savedInTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            return 1;
        })
                .when(rememberedLogins).forgetAll(anyString());

        service.changeOwnPassword("altes-passwort", "neues-passwort");

        assertThat(hashedInTransaction).containsExactly(false, false);
        assertThat(savedInTransaction).containsExactly(true);
        assertThat(bcrypt.matches("neues-passwort", account.getPasswordHash())).isTrue();
    }

    @Test
    void a_password_replaced_meanwhile_is_not_overwritten() {
        Account proven = signedIn(bcrypt.encode("altes-passwort"));
        Account meanwhile = new Account("13800000001", bcrypt.encode("von-anderswo"), Roles.VOLUNTEER, 1L, 7L);
        when(accounts.findById(ACCOUNT_ID)).thenReturn(Optional.of(proven), Optional.of(meanwhile));

        assertThatThrownBy(() -> service.changeOwnPassword("altes-passwort", "neues-passwort"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.password.current-wrong"));
        assertThat(bcrypt.matches("von-anderswo", meanwhile.getPasswordHash())).isTrue();
        verify(rememberedLogins, never()).forgetAll(anyString());
    }

    private Account signedIn(String hash) {
        Account account = new Account("13800000001", hash, Roles.VOLUNTEER, 1L, 7L);
        when(accounts.findById(ACCOUNT_ID)).thenReturn(Optional.of(account));
        when(currentUser.role()).thenReturn(Optional.of(Roles.VOLUNTEER));
        TestUsers.signIn(new SignedInUser(ACCOUNT_ID, account.getUsername(), hash, Roles.VOLUNTEER, 1L, 7L));
        return account;
    }

    private PasswordEncoder recordingEncoder() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashedInTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashedInTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
                return bcrypt.matches(raw, encoded);
            }
        };
    }

    /** A transaction manager with no resource: it only marks where a transaction begins and ends. */
    private static final class NoDatabase extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
