package org.shouwang.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A download link whose failure the user hears of: the browser only gets an error status (and saves
 * nothing, or an error page), so the page that offered the download says that it failed.
 */
public final class GuardedDownload {

    private static final Logger log = LoggerFactory.getLogger(GuardedDownload.class);

    private GuardedDownload() {
    }

    /**
     * @param failedKey translation key of the sentence the page shows when {@code content} fails
     */
    public static DownloadHandler of(InputStreamDownloadCallback content, String failedKey) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                return content.complete(event);
            } catch (Exception failure) {
                log.error("Download failed", failure);
                UI ui = event.getUI();
                if (ui != null) {
                    ui.access(() -> Feedback.error(ui.getTranslation(failedKey)));
                }
                return DownloadResponse.error(500);
            }
        });
    }
}
