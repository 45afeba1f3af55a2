package org.shouwang.community;

import org.shouwang.base.Codes;
import org.shouwang.base.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shouwang.plan.PostKind;

/** A detached, editable copy of a post for forms, with the version the user saw. */
public class PostData {

    private Long id;
    private int version;

    @NotNull
    private Long compoundId;

    /** For display only: saving ignores it. */
    private String compoundName;

    @NotBlank
    @Size(max = Post.CODE_MAX)
    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
    private String code;

    @NotBlank
    @PlainText
    @Size(max = Post.NAME_MAX)
    private String name;

    @NotNull
    private PostKind kind = PostKind.GATE;

    public PostData() {
    }

    /** A new post of the compound. */
    public PostData(long compoundId) {
        this.compoundId = compoundId;
    }

    static PostData of(Post post) {
        PostData data = new PostData(post.getCompound().getId());
        data.id = post.getId();
        data.version = post.getVersion();
        data.compoundName = post.getCompound().getName();
        data.code = post.getCode();
        data.name = post.getName();
        data.kind = post.getKind();
        return data;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Long getCompoundId() {
        return compoundId;
    }

    public void setCompoundId(Long compoundId) {
        this.compoundId = compoundId;
    }

    public String getCompoundName() {
        return compoundName;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PostKind getKind() {
        return kind;
    }

    public void setKind(PostKind kind) {
        this.kind = kind;
    }
}
