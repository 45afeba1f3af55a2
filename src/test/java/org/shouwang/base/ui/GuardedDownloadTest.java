package org.shouwang.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;

import java.io.IOException;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class GuardedDownloadTest extends KaribuTest {

    @Test
    void a_download_that_fails_answers_an_error_status_and_the_page_says_it_failed() throws IOException {
        login(Roles.SECRETARY, 1L, null);
        Div page = new Div();
        UI.getCurrent().add(page);
        DownloadHandler sheets = GuardedDownload.of(event -> {
            throw new IllegalArgumentException("Illegal character (0xd) found in sheet name");
        }, "sheet.download.failed");
        VaadinResponse response = mock(VaadinResponse.class);

        sheets.handleDownloadRequest(new DownloadEvent(VaadinRequest.getCurrent(), response, VaadinSession.getCurrent(),
                page.getElement()));
        MockVaadin.clientRoundtrip();

        verify(response).setStatus(500);
        NotificationsKt.expectNotifications("值班表生成失败。请重试；如果仍然失败，请告知街道管理员。");
    }
}
