package org.shouwang.cover;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tells the open pages of a community that its offers changed (offered, taken, withdrawn), so a volunteer
 * sees a seat taken by someone else without reloading. Listeners are told after the change is committed, on
 * a thread of their own: a page then reloads through {@code ui.access}, and the taker's answer never waits
 * for other people's pages.
 */
@Component
public class CoverBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(CoverBroadcaster.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService telling = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "cover-broadcast");
        thread.setDaemon(true);
        return thread;
    });

    /** Stops a listener from being called; idempotent. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Calls {@code listener} after every change to the community's offers until the subscription is closed. */
    public Subscription listen(long communityId, Runnable listener) {
        listeners.computeIfAbsent(communityId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.getOrDefault(communityId, Set.of()).remove(listener);
    }

    /** The community's offers change with the current transaction: its listeners hear of it once it commits. */
    void changed(long communityId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell(communityId);
                }
            });
        } else {
            tell(communityId);
        }
    }

    private void tell(long communityId) {
        for (Runnable listener : listeners.getOrDefault(communityId, Set.of())) {
            telling.execute(() -> {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    log.warn("A page could not be told of changed offers", e);
                }
            });
        }
    }
}
