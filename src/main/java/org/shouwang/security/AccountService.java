package org.shouwang.security;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Accounts: secretaries give volunteers accounts (their phone number is the username) and reset
 * forgotten passwords; the district admin creates communities and their secretaries; everyone changes
 * their own password. Every method checks the caller's role and community itself.
 * <p>
 * A password chosen for someone else is a one-time password: it is returned once (to be shown once)
 * and never stored in plain text, and its owner must replace it at the next sign-in.
 */
@Service
@Transactional
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final VolunteerRepository volunteers;
    private final CommunityRepository communities;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final RememberedLogins rememberedLogins;
    private final SignedInSessions sessions;
    private final TransactionTemplate tx;

    public AccountService(AccountRepository accounts, VolunteerRepository volunteers, CommunityRepository communities,
                          PasswordEncoder passwordEncoder, LoginThrottle throttle, CurrentUser currentUser,
                          RememberedLogins rememberedLogins, SignedInSessions sessions, TransactionTemplate tx) {
        this.accounts = accounts;
        this.volunteers = volunteers;
        this.communities = communities;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.rememberedLogins = rememberedLogins;
        this.sessions = sessions;
        this.tx = tx;
    }

    /** A page of the community's volunteers with their account status (secretary or district admin). */
    @Transactional(readOnly = true)
    public Page<AccountRow> volunteerAccounts(long communityId, Pageable pageable) {
        return volunteerAccounts(communityId, "", pageable);
    }

    /**
     * A page of the community's volunteers whose name contains the search text, or whose phone number
     * contains it as digits (spaces and dashes ignored on both sides); a blank search finds everyone.
     */
    @Transactional(readOnly = true)
    public Page<AccountRow> volunteerAccounts(long communityId, String search, Pageable pageable) {
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        String text = search == null ? "" : search.strip();
        boolean byPhone = Usernames.isPhone(text);
        return accounts.findRows(communityId, text.isEmpty(), contains(text.toLowerCase(Locale.ROOT)), byPhone,
                contains(byPhone ? Usernames.normalize(text) : ""), pageable);
    }

    /** A LIKE pattern for "contains", the user's % and _ taken literally. */
    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Gives a volunteer of the caller's community an account: the username is their phone number, the
     * role COMMITTEE for committee members and VOLUNTEER for everyone else.
     *
     * @return the one-time password, to be shown once
     * @throws AccountException when the volunteer has no phone number, already has an account, or the
     *                          number is another account's username
     */
    public String createVolunteerAccount(long volunteerId) {
        Volunteer volunteer = volunteers.findById(volunteerId)
                .orElseThrow(() -> new AccessDeniedException("No volunteer " + volunteerId));
        currentUser.requireCommunity(volunteer.getCommunity().getId(), Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        if (volunteer.getPhone() == null || volunteer.getPhone().isBlank()) {
            throw new AccountException("security.account.no-phone");
        }
        if (accounts.findByVolunteerId(volunteerId).isPresent()) {
            throw new AccountException("security.account.exists");
        }
        return createFor(volunteer);
    }

    /** A volunteer's new account and its one-time password, for the printable list handed out. */
    public record Credential(String name, String phone, String oneTimePassword) {
    }

    /**
     * What creating accounts for everyone without one would do: who would get one, and who cannot
     * (no phone number, or the number is already another account's username).
     */
    public record MissingAccounts(List<String> creatable, List<String> impossible) {
    }

    /** The volunteers of the community without an account, split into those who can get one and the rest. */
    @Transactional(readOnly = true)
    public MissingAccounts missingAccounts(long communityId) {
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        List<String> creatable = new ArrayList<>();
        List<String> impossible = new ArrayList<>();
        for (Volunteer volunteer : accounts.findVolunteersWithoutAccount(communityId)) {
            (canHaveAccount(volunteer) ? creatable : impossible).add(volunteer.getName());
        }
        return new MissingAccounts(creatable, impossible);
    }

    /**
     * Gives every volunteer of the community who has none an account, in one transaction; volunteers
     * without a phone number, or whose number is already another account's username, are left out
     * (see {@link #missingAccounts}). A secretary may do this for their own community only.
     *
     * @return the new accounts with their one-time passwords, by volunteer code, to be shown once
     */
    public List<Credential> createMissingAccounts(long communityId) {
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        List<Credential> created = new ArrayList<>();
        for (Volunteer volunteer : accounts.findVolunteersWithoutAccount(communityId)) {
            if (canHaveAccount(volunteer)) {
                String password = createFor(volunteer);
                created.add(new Credential(volunteer.getName(), volunteer.getPhone(), password));
            }
        }
        log.info("{} accounts created in community {} by {}", created.size(), communityId, caller());
        return created;
    }

    private boolean canHaveAccount(Volunteer volunteer) {
        return volunteer.getPhone() != null && !volunteer.getPhone().isBlank()
                && !accounts.existsByUsername(Usernames.normalize(volunteer.getPhone()));
    }

    private String createFor(Volunteer volunteer) {
        String username = Usernames.normalize(volunteer.getPhone());
        String role = volunteer.getRole() == VolunteerRole.COMMITTEE ? Roles.COMMITTEE : Roles.VOLUNTEER;
        String password = OneTimePasswords.generate();
        save(username, password, true, role, volunteer.getCommunity().getId(), volunteer.getId());
        log.info("Account {} created for volunteer {} by {}", username, volunteer.getId(), caller());
        return password;
    }

    /**
     * Replaces a forgotten password with a one-time password and lifts a sign-in block. A secretary may
     * reset the volunteers and committee members of their community, the district admin anyone else.
     * The account is signed out everywhere: its remembered devices are forgotten, its open sessions end.
     *
     * @return the one-time password, to be shown once
     */
    public String resetPassword(long accountId) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new AccessDeniedException("No account " + accountId));
        requireManager(account);
        String password = OneTimePasswords.generate();
        account.setPassword(passwordEncoder.encode(password), true);
        throttle.reset(account.getUsername());
        log.info("Password of account {} reset by {}", account.getUsername(), caller());
        signOutEverywhere(account);
        return password;
    }

    /**
     * Signs an account out on every device (e.g. a lost phone): its remembered devices are forgotten and
     * its open sessions end. Who may: as for {@link #resetPassword}.
     */
    public void signOutEverywhere(long accountId) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new AccessDeniedException("No account " + accountId));
        requireManager(account);
        log.info("Account {} signed out everywhere by {}", account.getUsername(), caller());
        signOutEverywhere(account);
    }

    /**
     * The signed-in user signs out on every other device: their remembered devices are forgotten and their
     * other open sessions end. The caller then ends the current session (the view signs out).
     */
    public void signOutMyOtherDevices() {
        Account account = ownAccount();
        log.info("Account {} signed out everywhere", account.getUsername());
        signOutEverywhere(account);
    }

    /** How many devices remember the signed-in user's sign-in. */
    @Transactional(readOnly = true)
    public long myRememberedDevices() {
        return rememberedLogins.count(ownAccount().getUsername());
    }

    private void signOutEverywhere(Account account) {
        rememberedLogins.forgetAll(account.getUsername());
        sessions.endOthers(account.getUsername());
    }

    /**
     * The signed-in user replaces their own password, proving they know the current one. Every other
     * device is signed out (remembered devices forgotten, other sessions ended); this session goes on.
     *
     * @throws AccountException when the current password is wrong or the new one breaks a rule
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        // The two bcrypt operations take about a tenth of a second each. They run outside any transaction so
        // that a shift's volunteers replacing their one-time passwords together do not hold the connection
        // pool through them (300 at once exhausted it): the account is read, checked, and then written briefly.
        Account before = ownAccount();
        if (!passwordEncoder.matches(currentPassword, before.getPasswordHash())) {
            throw new AccountException("security.password.current-wrong");
        }
        PasswordPolicy.check(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new AccountException("security.password.unchanged");
        }
        String newHash = passwordEncoder.encode(newPassword);
        tx.executeWithoutResult(status -> {
            Account account = ownAccount();
            if (!account.getPasswordHash().equals(before.getPasswordHash())) {
                // changed meanwhile (another device, a reset): the password proven above is no longer current
                throw new AccountException("security.password.current-wrong");
            }
            account.setPassword(newHash, false);
            log.info("Account {} changed its password", account.getUsername());
            signOutEverywhere(account);
        });
    }

    /** True while the signed-in user still has a one-time password that must be replaced. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.role().isPresent() && accountOfCaller()
                .map(Account::isMustChangePassword).orElse(false);
    }

    /** Creates a community (district admin only), with the default planning rules. */
    public Community createCommunity(String name) {
        requireDistrictAdmin();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new AccountException("security.community.name-required");
        }
        if (communities.findByName(trimmed).isPresent()) {
            throw new AccountException("security.community.exists");
        }
        Community community = communities.save(new Community(trimmed));
        log.info("Community {} created by {}", trimmed, caller());
        return community;
    }

    /**
     * Creates a secretary account for a community (district admin only).
     *
     * @return the one-time password, to be shown once
     */
    public String createSecretary(long communityId, String username) {
        requireDistrictAdmin();
        communities.findById(communityId).orElseThrow(() -> new AccessDeniedException("No community " + communityId));
        String normalized = Usernames.normalize(username);
        if (normalized.isEmpty()) {
            throw new AccountException("security.account.username-required");
        }
        String password = OneTimePasswords.generate();
        save(normalized, password, true, Roles.SECRETARY, communityId, null);
        log.info("Secretary {} of community {} created by {}", normalized, communityId, caller());
        return password;
    }

    /** A new community and its first secretary, created together or not at all. */
    public record NewCommunity(Community community, String secretary, String oneTimePassword) {
    }

    /**
     * Creates a community with its first secretary (district admin only); when the username is taken,
     * neither is created.
     */
    public NewCommunity createCommunityWithSecretary(String name, String secretaryUsername) {
        Community community = createCommunity(name);
        String password = createSecretary(community.getId(), secretaryUsername);
        return new NewCommunity(community, Usernames.normalize(secretaryUsername), password);
    }

    /** Every secretary account by community id, for the district admin's overview. */
    @Transactional(readOnly = true)
    public Map<Long, List<Account>> secretariesByCommunity() {
        requireDistrictAdmin();
        return accounts.findByRoleOrderByUsername(Roles.SECRETARY).stream()
                .collect(Collectors.groupingBy(Account::getCommunityId));
    }

    /** The secretaries of a community (district admin, or a secretary of that community). */
    @Transactional(readOnly = true)
    public List<Account> secretaries(long communityId) {
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        return accounts.findByCommunityIdAndRole(communityId, Roles.SECRETARY);
    }

    /**
     * For start-up and demo data only, without a caller: an account with a given password, which must
     * be changed at the first sign-in when {@code oneTime}.
     */
    Account createInitial(String username, String password, boolean oneTime, String role, Long communityId,
                          Long volunteerId) {
        return save(Usernames.normalize(username), password, oneTime, role, communityId, volunteerId);
    }

    /** The stored form of a password, for {@link #createInitialWithHash}. */
    String hash(String password) {
        PasswordPolicy.check(password);
        return passwordEncoder.encode(password);
    }

    /** As {@link #createInitial}, with the password's hash made beforehand (one for many demo logins). */
    Account createInitialWithHash(String username, String passwordHash, boolean oneTime, String role, Long communityId,
                                  Long volunteerId) {
        String normalized = Usernames.normalize(username);
        requireFree(normalized);
        return saveHashed(normalized, passwordHash, oneTime, role, communityId, volunteerId);
    }

    private Account save(String username, String password, boolean oneTime, String role, Long communityId,
                         Long volunteerId) {
        requireFree(username);
        return saveHashed(username, hash(password), oneTime, role, communityId, volunteerId);
    }

    private void requireFree(String username) {
        if (accounts.existsByUsername(username)) {
            throw new AccountException("security.account.username-taken");
        }
    }

    private Account saveHashed(String username, String passwordHash, boolean oneTime, String role, Long communityId,
                               Long volunteerId) {
        Account account = new Account(username, passwordHash, role, communityId, volunteerId);
        account.setPassword(passwordHash, oneTime);
        return accounts.save(account);
    }

    private void requireManager(Account account) {
        if (currentUser.hasRole(Roles.DISTRICT_ADMIN)) {
            return;
        }
        boolean member = Roles.VOLUNTEER.equals(account.getRole()) || Roles.COMMITTEE.equals(account.getRole());
        if (!member || account.getCommunityId() == null) {
            throw new AccessDeniedException("Only the district admin may reset this account");
        }
        currentUser.requireCommunity(account.getCommunityId(), Roles.SECRETARY);
    }

    private void requireDistrictAdmin() {
        if (!currentUser.hasRole(Roles.DISTRICT_ADMIN)) {
            throw new AccessDeniedException("District admins only");
        }
    }

    private Account ownAccount() {
        if (currentUser.role().isEmpty()) {
            throw new AccessDeniedException("Not signed in");
        }
        return accountOfCaller().orElseThrow(() -> new AccessDeniedException("No account"));
    }

    private Optional<Account> accountOfCaller() {
        return SecurityContextCurrentUser.user().map(SignedInUser::accountId).flatMap(accounts::findById);
    }

    private String caller() {
        return SecurityContextCurrentUser.user().map(SignedInUser::username).orElse("system");
    }
}
