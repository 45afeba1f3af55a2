package org.shouwang.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A skill as the user reads it. Skills are stored as codes the roster relies on ({@code LEAD} marks who
 * leads a shift); the common ones have a name in the bundles ({@code skill.LEAD} = 带班), a skill the
 * secretary typed shows as typed.
 */
public final class SkillNames {

    private SkillNames() {
    }

    public static String of(Component in, String skill) {
        String key = "skill." + skill;
        String name = in.getTranslation(key);
        return name.equals("!" + key + "!") ? skill : name;
    }

    /** Several skills in a list of the user's language ("带班、测温", "Team leader, Temperature checks"). */
    public static String of(Component in, Collection<String> skills) {
        return skills.stream().map(skill -> of(in, skill))
                .collect(Collectors.joining(in.getTranslation("editing.list-separator")));
    }
}
