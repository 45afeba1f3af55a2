package org.shouwang.volunteer;

import org.shouwang.base.ReferenceCounter;
import org.shouwang.base.Usage;
import org.shouwang.community.Compound;
import org.shouwang.community.CompoundRepository;
import org.springframework.stereotype.Component;

import java.util.List;

/** A compound is used as volunteers' home; a volunteer as the owner of compounds. */
@Component
class VolunteerReferences implements ReferenceCounter {

    private final VolunteerRepository volunteers;
    private final CompoundRepository compounds;

    VolunteerReferences(VolunteerRepository volunteers, CompoundRepository compounds) {
        this.volunteers = volunteers;
        this.compounds = compounds;
    }

    @Override
    public List<Usage> usagesOf(Class<?> type, long id) {
        if (type == Compound.class) {
            return List.of(new Usage("editing.used.home-of-volunteers", volunteers.countByHomeId(id)));
        }
        if (type == Volunteer.class) {
            return List.of(new Usage("editing.used.owned-compounds", compounds.countByOwnerId(id)));
        }
        return List.of();
    }
}
