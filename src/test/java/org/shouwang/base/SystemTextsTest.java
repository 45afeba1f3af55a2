package org.shouwang.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Vaadin's own messages (connection lost, session expired, internal error) come in the user's language. */
class SystemTextsTest extends KaribuTest {

    @Test
    void the_connection_messages_of_a_new_page_are_chinese_by_default() {
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText()).contains("重新连接");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogTextGaveUp()).contains("连接已断开");
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Translations.CHINESE);
    }

    @Test
    void the_system_messages_follow_the_language_vaadin_asks_for() {
        SystemMessages chinese = VaadinService.getCurrent().getSystemMessages(Translations.CHINESE, null);
        SystemMessages english = VaadinService.getCurrent().getSystemMessages(Translations.ENGLISH, null);

        assertThat(chinese.getInternalErrorCaption()).isEqualTo("内部错误");
        assertThat(chinese.getInternalErrorMessage()).contains("管理员").contains("Esc");
        assertThat(english.getInternalErrorCaption()).isEqualTo("Internal error");
        assertThat(english.getCookiesDisabledMessage()).contains("cookies");
    }
}
