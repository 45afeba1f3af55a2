package org.shouwang.security;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/** {@link CurrentUser} from Spring Security's context of the current request or thread. */
@Component
public class SecurityContextCurrentUser implements CurrentUser {

    @Override
    public Optional<String> role() {
        return user().map(SignedInUser::role);
    }

    @Override
    public Optional<Long> communityId() {
        return user().map(SignedInUser::communityId);
    }

    @Override
    public Optional<Long> volunteerId() {
        return user().map(SignedInUser::volunteerId);
    }

    @Override
    public void requireCommunity(long communityId, String... roles) {
        SignedInUser user = user().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!Arrays.asList(roles).contains(user.role())) {
            throw new AccessDeniedException("Role " + user.role() + " may not do this");
        }
        boolean anyCommunity = Roles.DISTRICT_ADMIN.equals(user.role());
        if (!anyCommunity && (user.communityId() == null || user.communityId() != communityId)) {
            throw new AccessDeniedException("Not a member of community " + communityId);
        }
    }

    /** The signed-in account itself, for the security feature's own services. */
    static Optional<SignedInUser> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }
}
