package org.shouwang.api;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.security.ui.AccountsView;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The API tokens on the accounts page: made with the secret shown once, listed, revoked. */
class ApiTokensPanelTest extends KaribuTest {

    private Community community() {
        return ctx.getBean(CommunityRepository.class).save(new Community("令牌页社区-" + System.nanoTime()));
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenRow> grid() {
        return _get(Grid.class, spec -> spec.withId("api-tokens-grid"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_secretary_makes_a_token_sees_its_secret_once_and_it_works() {
        Community community = community();
        login(Roles.SECRETARY, community.getId(), null);
        UI.getCurrent().navigate(AccountsView.class);
        assertThat(_size(grid())).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("api-address")).getText())
                .endsWith("/api/v1/communities/" + community.getId());

        _setValue(_get(TextField.class, spec -> spec.withId("api-token-name")), "街道看板");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("api-token-scope")), ApiScope.READ_WRITE);
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));

        String secret = _get(TextField.class, spec -> spec.withId("api-token-secret")).getValue();
        ApiCaller caller = ctx.getBean(ApiTokenService.class).authenticate(secret).orElseThrow();
        assertThat(caller.communityId()).isEqualTo(community.getId());
        assertThat(caller.scope()).isEqualTo(ApiScope.READ_WRITE);
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).name()).isEqualTo("街道看板");
        assertThat(_get(TextField.class, spec -> spec.withId("api-token-name")).getValue()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("api-token-shown-close")));
        assertThat(_find(TextField.class, spec -> spec.withId("api-token-secret"))).isEmpty();
        UI.getCurrent().navigate(AccountsView.class);
        assertThat(UI.getCurrent().getElement().toString()).doesNotContain(secret.substring(4));
        assertThat(ctx.getBean(JdbcTemplate.class).queryForList("select token_hash from api_token where community_id = ?",
                String.class, community.getId())).doesNotContain(secret).hasSize(1);
    }

    @Test
    void a_token_without_a_name_is_not_made_and_the_field_says_why() {
        Community community = community();
        login(Roles.SECRETARY, community.getId(), null);
        UI.getCurrent().navigate(AccountsView.class);

        _click(_get(Button.class, spec -> spec.withId("api-token-create")));

        TextField name = _get(TextField.class, spec -> spec.withId("api-token-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(name.getTranslation("api.error.name-blank"));
        assertThat(_find(TextField.class, spec -> spec.withId("api-token-secret"))).isEmpty();
        assertThat(_size(grid())).isZero();
    }

    @Test
    void the_district_admin_revokes_a_token_of_the_selected_community_after_a_confirm() {
        Community community = community();
        login(Roles.SECRETARY, community.getId(), null);
        ApiTokenService.Issued issued = ctx.getBean(ApiTokenService.class).create(community.getId(), "旧系统",
                ApiScope.READ);
        login(Roles.DISTRICT_ADMIN, null, null);
        ctx.getBean(CommunitySelection.class).select(community);
        UI.getCurrent().navigate(AccountsView.class);
        assertThat(_size(grid())).isEqualTo(1);

        _click((Button) _getCellComponent(grid(), 0, "action"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("api-token-revoke-confirm"));
        assertThat(ctx.getBean(ApiTokenService.class).authenticate(issued.secret())).as("not before the confirm").isPresent();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_size(grid())).isZero();
        assertThat(ctx.getBean(ApiTokenService.class).authenticate(issued.secret())).isEmpty();
    }
}
