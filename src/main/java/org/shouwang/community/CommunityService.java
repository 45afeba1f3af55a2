package org.shouwang.community;

import org.shouwang.base.CodeTakenException;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.FormChecks;
import org.shouwang.base.Paging;
import org.shouwang.base.References;
import org.shouwang.base.Roles;
import org.shouwang.base.Versions;
import jakarta.validation.Validator;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The communities, their compounds and posts: the public face of the community feature. */
@Service
@Transactional
public class CommunityService {

    private static final String[] READERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE};
    private static final String[] EDITORS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN};
    /** The sort properties of the compounds grid and of the community's posts grid. */
    private static final Set<String> COMPOUND_SORTS = Set.of("code", "name", "households");
    private static final Set<String> POST_SORTS = Set.of("compound.name", "code");

    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final PostRepository posts;
    private final References references;
    private final CommitteeMembers committeeMembers;
    private final CurrentUser currentUser;
    private final Validator validator;

    public CommunityService(CommunityRepository communities, CompoundRepository compounds, PostRepository posts,
                            References references, CommitteeMembers committeeMembers, CurrentUser currentUser,
                            Validator validator) {
        this.communities = communities;
        this.compounds = compounds;
        this.posts = posts;
        this.references = references;
        this.committeeMembers = committeeMembers;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** The communities the caller may see: all for a district admin, otherwise their own. */
    @Transactional(readOnly = true)
    public List<Community> visibleCommunities() {
        if (currentUser.hasRole(Roles.DISTRICT_ADMIN)) {
            return communities.findAllByOrderByNameAsc();
        }
        return currentUser.communityId().flatMap(communities::findById).map(List::of).orElse(List.of());
    }

    /** One community, if the caller may see it. */
    @Transactional(readOnly = true)
    public Community get(long communityId) {
        currentUser.requireCommunity(communityId, Roles.DISTRICT_ADMIN, Roles.SECRETARY, Roles.COMMITTEE, Roles.VOLUNTEER);
        return communities.findById(communityId)
                .orElseThrow(() -> new AccessDeniedException("No community " + communityId));
    }

    // ---- settings -------------------------------------------------------------------------------

    /** The community's settings as an editable copy; only its secretary or a district admin sees them. */
    @Transactional(readOnly = true)
    public CommunitySettings settings(long communityId) {
        currentUser.requireCommunity(communityId, EDITORS);
        return CommunitySettings.of(findCommunity(communityId));
    }

    /**
     * Stores the community's settings; the next solve plans with the weights, call for cover works with its
     * settings at once. Only the secretary or a district admin may.
     *
     * @return the settings as stored, with the new version
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone saved the
     *                                                                          community since {@code data} was read
     * @throws jakarta.validation.ConstraintViolationException when a weight or the give-back notice is missing
     *                                                        or out of range
     */
    public CommunitySettings saveSettings(long communityId, CommunitySettings data) {
        currentUser.requireCommunity(communityId, EDITORS);
        FormChecks.requireValid(validator, data, List.of());
        Community community = findCommunity(communityId);
        Versions.requireUnchanged(community, data.getVersion());
        community.setWeights(data.getWeights());
        community.setCoverAutoOffer(data.isCoverAutoOffer());
        community.setCoverGiveBackHours(data.getCoverGiveBackHours());
        return CommunitySettings.of(communities.saveAndFlush(community));
    }

    private Community findCommunity(long communityId) {
        return communities.findById(communityId)
                .orElseThrow(() -> new AccessDeniedException("No community " + communityId));
    }

    // ---- compounds ------------------------------------------------------------------------------

    /** The community's compounds in code order, as editable copies. */
    @Transactional(readOnly = true)
    public List<CompoundData> compounds(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return compounds.findByCommunityIdOrderByCode(communityId).stream().map(CompoundData::of).toList();
    }

    /**
     * One page of the community's compounds for a lazy grid, sorted as the grid asks (code, name or
     * households), then by code.
     */
    @Transactional(readOnly = true)
    public List<CompoundData> compoundPage(long communityId, Pageable pageable) {
        currentUser.requireCommunity(communityId, READERS);
        return compounds.findByCommunityId(communityId, Paging.sortable(pageable, COMPOUND_SORTS, "code"))
                .stream().map(CompoundData::of).toList();
    }

    /** How many compounds the community has. */
    @Transactional(readOnly = true)
    public long countCompounds(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return compounds.countByCommunityId(communityId);
    }

    /** The current state of one compound, e.g. to reload a form after a conflicting edit. */
    @Transactional(readOnly = true)
    public CompoundData compound(long compoundId) {
        Compound compound = findCompound(compoundId);
        currentUser.requireCommunity(communityOf(compound), READERS);
        return CompoundData.of(compound);
    }

    /**
     * Creates (no id) or updates a compound. Only the secretary or a district admin creates compounds
     * and chooses owners; a committee member may change the compounds they own.
     *
     * @throws CodeTakenException when another compound of the community has the code
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone saved it meanwhile
     */
    public CompoundData saveCompound(long communityId, CompoundData data) {
        Compound compound;
        if (data.getId() == null) {
            currentUser.requireCommunity(communityId, EDITORS);
            requireFreeCompoundCode(communityId, data.getCode());
            compound = new Compound(communities.getReferenceById(communityId), data.getCode(), data.getName());
        } else {
            compound = findCompound(data.getId());
            requireEditor(compound);
            Versions.requireUnchanged(compound, data.getVersion());
            if (!compound.getCode().equals(data.getCode())) {
                requireFreeCompoundCode(communityOf(compound), data.getCode());
            }
            if (!Objects.equals(compound.getOwnerId(), data.getOwnerId())) {
                currentUser.requireCommunity(communityOf(compound), EDITORS);
            }
        }
        if (data.getOwnerId() != null && !committeeMembers.isCommitteeMember(communityOf(compound), data.getOwnerId())) {
            throw new IllegalArgumentException("The owner of a compound must be a committee member of its community");
        }
        compound.setCode(data.getCode());
        compound.setName(data.getName());
        compound.setHouseholds(data.getHouseholds());
        compound.setOwnerId(data.getOwnerId());
        return CompoundData.of(compounds.saveAndFlush(compound));
    }

    /**
     * Deletes a compound nothing refers to any more.
     *
     * @throws org.shouwang.base.StillReferencedException listing its posts, their demand and
     *                                                    assignments, and the volunteers living there
     */
    public void deleteCompound(long compoundId) {
        Compound compound = findCompound(compoundId);
        currentUser.requireCommunity(communityOf(compound), EDITORS);
        references.requireUnused(Compound.class, compoundId, compound.getName());
        compounds.delete(compound);
    }

    /** Whether the caller may change the compound, its posts and their demand (for enabling buttons). */
    @Transactional(readOnly = true)
    public boolean mayEditCompound(long compoundId) {
        return allowed(() -> requireEditor(findCompound(compoundId)));
    }

    /** Whether the caller may create and delete compounds and choose their owners. */
    @Transactional(readOnly = true)
    public boolean mayManageCompounds(long communityId) {
        return allowed(() -> currentUser.requireCommunity(communityId, EDITORS));
    }

    private static boolean allowed(Runnable check) {
        try {
            check.run();
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * Throws unless the caller may change the compound and what belongs to it: the secretary and a
     * district admin may change every compound of their communities, a committee member only their own.
     */
    @Transactional(readOnly = true)
    public void requireCompoundEditor(long compoundId) {
        requireEditor(findCompound(compoundId));
    }

    private void requireEditor(Compound compound) {
        long communityId = communityOf(compound);
        if (currentUser.hasRole(Roles.COMMITTEE)) {
            currentUser.requireCommunity(communityId, Roles.COMMITTEE);
            if (compound.getOwnerId() == null || !compound.getOwnerId().equals(currentUser.volunteerId().orElse(null))) {
                throw new AccessDeniedException("Compound " + compound.getCode() + " belongs to another committee member");
            }
        } else {
            currentUser.requireCommunity(communityId, EDITORS);
        }
    }

    private void requireFreeCompoundCode(long communityId, String code) {
        if (compounds.existsByCommunityIdAndCode(communityId, code)) {
            throw new CodeTakenException(code);
        }
    }

    // ---- posts ----------------------------------------------------------------------------------

    /** The posts of one compound in code order. */
    @Transactional(readOnly = true)
    public List<PostData> posts(long compoundId) {
        currentUser.requireCommunity(communityOf(findCompound(compoundId)), READERS);
        return posts.findByCompoundIdOrderByCode(compoundId).stream().map(PostData::of).toList();
    }

    /**
     * One page of all posts of the community for a lazy grid, sorted as the grid asks (compound name or
     * post code), then by post code.
     */
    @Transactional(readOnly = true)
    public List<PostData> postPage(long communityId, Pageable pageable) {
        currentUser.requireCommunity(communityId, READERS);
        return posts.findByCompoundCommunityId(communityId, Paging.sortable(pageable, POST_SORTS, "code"))
                .stream().map(PostData::of).toList();
    }

    /** How many posts the community has. */
    @Transactional(readOnly = true)
    public long countPosts(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return posts.countByCompoundCommunityId(communityId);
    }

    /** The current state of one post. */
    @Transactional(readOnly = true)
    public PostData post(long postId) {
        Post post = findPost(postId);
        currentUser.requireCommunity(communityOf(post.getCompound()), READERS);
        return PostData.of(post);
    }

    /**
     * Creates (no id) or updates a post of a compound the caller may edit.
     *
     * @throws CodeTakenException when another post of the community has the code (codes name posts in rosters)
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone saved it meanwhile
     */
    public PostData savePost(PostData data) {
        Compound compound = findCompound(data.getCompoundId());
        requireEditor(compound);
        Post post;
        if (data.getId() == null) {
            requireFreePostCode(communityOf(compound), data.getCode());
            post = new Post(compound, data.getCode(), data.getName(), data.getKind());
        } else {
            post = findPost(data.getId());
            requireEditor(post.getCompound());
            Versions.requireUnchanged(post, data.getVersion());
            if (!post.getCode().equals(data.getCode())) {
                requireFreePostCode(communityOf(compound), data.getCode());
            }
            if (communityOf(post.getCompound()) != communityOf(compound)) {
                throw new AccessDeniedException("A post cannot move to another community");
            }
            post.setCompound(compound);
            post.setCode(data.getCode());
            post.setName(data.getName());
            post.setKind(data.getKind());
        }
        return PostData.of(posts.saveAndFlush(post));
    }

    /**
     * Deletes a post nothing refers to any more.
     *
     * @throws org.shouwang.base.StillReferencedException listing its demand and assignments
     */
    public void deletePost(long postId) {
        Post post = findPost(postId);
        requireEditor(post.getCompound());
        references.requireUnused(Post.class, postId, post.getName());
        posts.delete(post);
    }

    private void requireFreePostCode(long communityId, String code) {
        if (posts.existsByCompoundCommunityIdAndCode(communityId, code)) {
            throw new CodeTakenException(code);
        }
    }

    /** A record deleted by someone else since the user saw it is a conflicting edit too. */
    private Compound findCompound(long compoundId) {
        return compounds.findById(compoundId)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Compound.class, compoundId));
    }

    private Post findPost(long postId) {
        return posts.findById(postId).orElseThrow(() -> new ObjectOptimisticLockingFailureException(Post.class, postId));
    }

    private static long communityOf(Compound compound) {
        return compound.getCommunity().getId();
    }
}
