package org.shouwang.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the volunteers' workbook, in the template's order. The headers are part of the file
 * format (like the JSON plan's field names): Chinese as offices write them, English accepted too.
 */
public enum SheetColumn {
    NAME("姓名", "Name"),
    PHONE("手机号", "Phone"),
    ROLE("身份", "Role"),
    HOME("所属小区", "Compound"),
    SKILLS("技能", "Skills"),
    MAX_HOURS("每周最多小时", "Max hours per week"),
    AVAILABLE("可值班时间", "Available"),
    PREFERRED("偏好时间", "Preferred"),
    ONLY_HOME("仅本小区", "Home compound only"),
    NOTE("备注", "Notes");

    private final String chinese;
    private final String english;

    SheetColumn(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The header in a workbook written for this language. */
    public String header(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : chinese;
    }

    /** The column a header names, in either language, ignoring case and surrounding blanks. */
    static Optional<SheetColumn> ofHeader(String header) {
        String text = header.strip();
        return Arrays.stream(values())
                .filter(c -> c.chinese.equals(text) || c.english.equalsIgnoreCase(text)).findFirst();
    }

    /** Name and phone identify a volunteer: a sheet without them cannot be read. */
    boolean required() {
        return this == NAME || this == PHONE;
    }
}
