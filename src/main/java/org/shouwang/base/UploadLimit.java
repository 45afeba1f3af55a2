package org.shouwang.base;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The one size limit of uploaded files ({@code SHOUWANG_UPLOAD_MAX}, 20 MB unless set): the upload
 * fields refuse bigger files before sending them and name the limit, and the server's multipart
 * parsing (Spring's and Vaadin's servlet alike) admits exactly as much.
 */
@Configuration
public class UploadLimit {

    /** Room for the multipart framing around the one file of an upload. */
    private static final DataSize FRAMING = DataSize.ofKilobytes(64);

    private final DataSize max;

    public UploadLimit(@Value("${shouwang.upload.max:20MB}") DataSize max) {
        if (max.toBytes() <= 0 || max.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("shouwang.upload.max must be between 1 byte and 2 GB, not " + max);
        }
        this.max = max;
    }

    /** The largest file accepted, in bytes. */
    public int bytes() {
        return (int) max.toBytes();
    }

    /** The limit as people write it: "20 MB", "512 KB". */
    public String shown() {
        long bytes = max.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return max.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return max.toKilobytes() + " KB";
        }
        return bytes + " B";
    }

    /** Replaces Spring Boot's default (1 MB per file), which the Vaadin servlet would use too. */
    @Bean
    MultipartConfigElement multipartConfigElement() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(max);
        factory.setMaxRequestSize(DataSize.ofBytes(max.toBytes() + FRAMING.toBytes()));
        return factory.createMultipartConfig();
    }
}
