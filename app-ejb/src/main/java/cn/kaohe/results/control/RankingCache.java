package cn.kaohe.results.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the results pages read of a completed run, read from the database once: a completed run never changes
 * (scores, ranks and explanations are written before it completes), so every later request is served from memory.
 * Holds the last {@link #CAPACITY} runs read (least recently used out). Per JVM: in a cluster each node reads once.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RankingCache {

    /** Runs kept. */
    public static final int CAPACITY = 16;

    private final Map<Long, Object> digests = Collections.synchronizedMap(new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object> eldest) {
            return size() > CAPACITY;
        }
    });

    /** The cached digest of a completed run, or the one {@code reader} makes (then kept). */
    @SuppressWarnings("unchecked")
    public <T> T digest(long runId, Function<Long, T> reader) {
        Object cached = digests.get(runId);
        if (cached != null) {
            return (T) cached;
        }
        T made = reader.apply(runId);
        digests.put(runId, made);
        return made;
    }

    /** Number of runs held (for tests and monitoring). */
    public int size() {
        return digests.size();
    }
}
