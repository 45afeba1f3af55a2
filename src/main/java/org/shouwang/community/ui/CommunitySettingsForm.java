package org.shouwang.community.ui;

import org.shouwang.base.ui.EditForm;
import org.shouwang.community.CommunitySettings;

/**
 * Edits a community's settings, a section per topic, all saved together with the community's version.
 * The soft rules' weights and calling for cover; a further topic is a section that binds its own fields
 * to {@link #binder} and is laid out below.
 */
public class CommunitySettingsForm extends EditForm<CommunitySettings> {

    final RuleWeightsSection weights = new RuleWeightsSection();
    final CallForCoverSection cover = new CallForCoverSection();

    public CommunitySettingsForm() {
        super(CommunitySettings.class, "community.settings.title");
        setId("community-settings-form");
        // The page's heading names it already.
        hideTitle();
        weights.bindTo(binder);
        cover.bindTo(binder);
        layOut(weights, cover);
        setColspan(weights, 2);
        setColspan(cover, 2);
    }

    @Override
    public void edit(CommunitySettings copy, boolean editable, boolean deletable) {
        super.edit(copy, editable, deletable);
        weights.setReadOnly(!editable);
    }
}
