package org.shouwang.community;

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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "compound_id", nullable = false)
    private Compound compound;

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    @Column(nullable = false)
    private String code;

    @NotBlank
    @PlainText
    @Size(max = 100)
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
