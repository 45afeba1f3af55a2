package org.shouwang.community;

import org.shouwang.base.Codes;
import org.shouwang.base.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shouwang.base.AbstractEntity;

/**
 * A residential compound (小区 / 院落) under closed management.
 * The owner (包片责任人) is a committee member, kept as a volunteer id so that this package does not
 * depend on the volunteer package (a volunteer's home is a compound: the reference runs that way).
 */
@Entity
@Table(name = "compound")
public class Compound extends AbstractEntity {

    // The limits, declared once: the annotations, the forms and the import check read them.
    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private Community community;

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

    @Min(0)
    private Integer households;

    @Column(name = "owner_id")
    private Long ownerId;

    protected Compound() {
    }

    public Compound(Community community, String code, String name) {
        this.community = community;
        this.code = code;
        this.name = name;
    }

    public Community getCommunity() {
        return community;
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

    public Integer getHouseholds() {
        return households;
    }

    public void setHouseholds(Integer households) {
        this.households = households;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
