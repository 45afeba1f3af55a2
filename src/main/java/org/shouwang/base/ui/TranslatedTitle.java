package org.shouwang.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The browser tab's title of a view, in the user's language: the view's own title followed by the app's
 * short name ({@code app.page-title}). Every route implements this instead of a fixed {@code @PageTitle}.
 */
public interface TranslatedTitle extends HasDynamicTitle {

    /** The translation key of the view's title, e.g. {@code duty.title}. */
    String titleKey();

    /** Provided by every component ({@link com.vaadin.flow.component.Component#getTranslation}). */
    String getTranslation(String key, Object... params);

    @Override
    default String getPageTitle() {
        return getTranslation("app.page-title", getTranslation(titleKey()));
    }
}
