package org.shouwang.community;

import org.shouwang.base.Codes;
import org.shouwang.base.PlainText;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A detached, editable copy of a compound for forms: it carries the version the user saw, so that a
 * save over someone else's newer change is refused instead of overwriting it.
 */
public class CompoundData {

    private Long id;
    private int version;

    @NotBlank
    @Size(max = Compound.CODE_MAX)
    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
    private String code;

    @NotBlank
    @PlainText
    @Size(max = Compound.NAME_MAX)
    private String name;

    @Min(0)
    private Integer households;

    /** The committee member responsible for the compound (a volunteer id), or {@code null}. */
    private Long ownerId;

    public CompoundData() {
    }

    static CompoundData of(Compound compound) {
        CompoundData data = new CompoundData();
        data.id = compound.getId();
        data.version = compound.getVersion();
        data.code = compound.getCode();
        data.name = compound.getName();
        data.households = compound.getHouseholds();
        data.ownerId = compound.getOwnerId();
        return data;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
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
