package org.shouwang.exchange;

/** What an import does when a community of the document's name already exists. */
public enum ImportMode {
    /** Refuse: a community of that name exists. */
    CREATE,
    /** Replace that community's compounds, posts, demands, volunteers and rosters with the document's. */
    REPLACE
}
