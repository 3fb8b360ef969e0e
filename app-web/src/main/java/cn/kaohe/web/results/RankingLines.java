package cn.kaohe.web.results;

import cn.kaohe.results.boundary.RankingRow;
import cn.kaohe.web.i18n.ScoringMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ranking table's lines of one tier of a run, in one language, made once and shared by every viewer: a completed
 * run's rows never change (the services serve them from their own cache), so each view holds a reference to the same
 * immutable list instead of its own copy of a thousand lines. The rows are still fetched from the services on every
 * request (that is where who-may-see-what is checked); a cached entry is used only for the very list they returned.
 */
@ApplicationScoped
public class RankingLines {

    /** Tier × language entries kept (least recently used out). */
    static final int CAPACITY = 64;

    /** A row of the table: the stored row, its exact score as a number (for sorting) and its flags in words. */
    public record Line(RankingRow row, BigDecimal score, String flags) {
    }

    private record Key(long run, String tier, Locale locale) {
    }

    private record Entry(List<RankingRow> source, List<Line> lines) {
    }

    private final Map<Key, Entry> entries = Collections.synchronizedMap(new LinkedHashMap<>(128, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > CAPACITY;
        }
    });

    /** The lines of {@code tier} among {@code rows} (a run's ranking as the services returned it), in {@code locale}. */
    public List<Line> of(long run, List<RankingRow> rows, String tier, Locale locale) {
        Key key = new Key(run, tier, locale);
        Entry cached = entries.get(key);
        if (cached != null && cached.source() == rows) {
            return cached.lines();
        }
        List<Line> out = new ArrayList<>();
        for (RankingRow r : rows) {
            if (r.category().equals(tier)) {
                out.add(new Line(r, r.finalScore() == null ? null : new BigDecimal(r.finalScore()),
                        r.flags().stream().map(f -> ScoringMessages.flag(locale, f)).collect(Collectors.joining("；"))));
            }
        }
        List<Line> lines = List.copyOf(out);
        entries.put(key, new Entry(rows, lines));
        return lines;
    }
}
