package org.shouwang.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Addresses of the app as the current request reached it (behind a proxy: its public address), for people to pass on. */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** The absolute address of {@code path} (starting with "/"), or the path alone outside a request. */
    public static String of(String path) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path(path).toUriString();
        }
        return path;
    }
}
