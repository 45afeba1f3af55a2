package org.shouwang.community;

import org.shouwang.base.Codes;
import org.shouwang.base.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shouwang.base.AbstractEntity;
import org.shouwang.plan.PostKind;

/** A duty point inside a compound: a gate, a screening team, a patrol or a desk. */
@Entity
@Table(name = "post")
public class Post extends AbstractEntity {

    // The limits, declared once: the annotations, the forms and the import check read them.
    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "compound_id", nullable = false)
    private Compound compound;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
    @Column(nullable = false)
    private String code;

    @NotBlank
    @PlainText
    @Size(max = NAME_MAX)
    @Column(nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostKind kind = PostKind.GATE;

    protected Post() {
    }

    public Post(Compound compound, String code, String name, PostKind kind) {
        this.compound = compound;
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public Compound getCompound() {
        return compound;
    }

    public void setCompound(Compound compound) {
        this.compound = compound;
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
