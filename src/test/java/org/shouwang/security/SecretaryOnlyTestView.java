package org.shouwang.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.MainLayout;

/** A route that exists only in the tests, to prove the access control before real views exist. */
@Route(value = "test-secretary-only", layout = MainLayout.class)
@RolesAllowed(Roles.SECRETARY)
public class SecretaryOnlyTestView extends Div {
}
