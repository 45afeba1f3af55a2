package org.shouwang.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.List;
import java.util.Set;

/** Pages for lazy grids: sorted only by what the grid may sort, then by a unique key so pages never overlap. */
public final class Paging {

    private Paging() {
    }

    /**
     * The page with only the sort orders on {@code sortable} properties (a grid sends its columns' sort
     * properties; anything else is ignored), then by {@code tieBreakers}.
     */
    public static Pageable sortable(Pageable pageable, Set<String> sortable, String... tieBreakers) {
        List<Sort.Order> orders = pageable.getSort().stream().filter(o -> sortable.contains(o.getProperty())).toList();
        Sort sort = Sort.by(orders).and(Sort.by(tieBreakers));
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }
}
