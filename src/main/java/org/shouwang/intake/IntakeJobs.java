package org.shouwang.intake;

import jakarta.annotation.PreDestroy;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs previews and imports of volunteers' sheets off the page's thread, as the signed-in user (the
 * service checks access on the worker thread too). One worker: two cores are shared with the solver.
 */
@Component
public class IntakeJobs {

    private final IntakeService service;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "volunteer-intake-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public IntakeJobs(IntakeService service) {
        this.service = service;
    }

    /** {@link IntakeService#preview} in the background. */
    public CompletableFuture<IntakePreview> preview(long communityId, byte[] file, Locale locale, IntConsumer progress) {
        CompletableFuture<IntakePreview> result = new CompletableFuture<>();
        run(() -> result.complete(service.preview(communityId, file, locale, progress)), result);
        return result;
    }

    /** {@link IntakeService#confirm} in the background. */
    public CompletableFuture<IntakeService.Imported> confirm(IntakePreview preview, IntConsumer progress) {
        CompletableFuture<IntakeService.Imported> result = new CompletableFuture<>();
        run(() -> result.complete(service.confirm(preview, progress)), result);
        return result;
    }

    private void run(Runnable work, CompletableFuture<?> result) {
        executor.execute(DelegatingSecurityContextRunnable.create(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, SecurityContextHolder.getContext()));
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
