import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test of the ranking page (docs/performance.md, "Server: ranking page"), outside the test run. Java 17, no
 * dependencies: {@code java docs/bench/RankingLoad.java <base> <admin> <password> [units] [users] [seconds]}.
 *
 * <ol>
 *   <li>setup (through the REST API as the given administrator): an office user, the VIL template as a new scheme,
 *       a period, {@code units} (default 1,000) villages enrolled in one tier with their entries (differing
 *       deductions), and a completed whole-period run;</li>
 *   <li>load: {@code users} (default 50) virtual users, each signed in with its own session through the login form,
 *       request {@code /results/ranking.xhtml?run=…&tier=village} back to back for {@code seconds} (default 60)
 *       after a 10 s warm-up (or with a think time between requests, uniform 0.5–1.5 × the given mean, as people
 *       reading the page do); every response must be 200 and contain the ranking table;</li>
 *   <li>prints requests, errors, throughput and the latency percentiles p50/p95/p99/max.</li>
 * </ol>
 */
public class RankingLoad {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java RankingLoad.java <base e.g. http://localhost:8080/kaohe/> <admin> <password>"
                    + " [units=1000] [users=50] [seconds=60] [runId to reuse, or -] [think time ms=0]");
            System.exit(2);
        }
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int units = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int users = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        HttpClient admin = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String adminAuth = basic(args[1], args[2]);
        String tag = Long.toString(System.currentTimeMillis(), 36);
        String office = "load-" + tag;
        String password = "Load-pass-" + tag + "-1";
        call(admin, adminAuth, "POST", base + "api/users", "{\"login\":\"" + office + "\",\"displayName\":\"压测\","
                + "\"password\":\"" + password + "\",\"roles\":[\"ASSESSMENT_OFFICE\",\"LEADER\"],\"unitCodes\":[]}", 201);
        String auth = basic(office, password);
        long run;
        long thinkMs = args.length > 7 ? Long.parseLong(args[7]) : 0;
        if (args.length > 6 && !"-".equals(args[6])) {
            run = Long.parseLong(args[6]);
        } else {
            run = setup(admin, auth, adminAuth, base, tag, units);
        }
        String page = base + "results/ranking.xhtml?run=" + run + "&tier=village";
        System.out.printf("ranking page %s, %d units, %d users, %d s, think time %s%n", page, units, users, seconds,
                thinkMs == 0 ? "none (back to back)" : "uniform " + thinkMs / 2 + "–" + thinkMs * 3 / 2 + " ms");

        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            sessions.add(signIn(base, office, password));
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long warmUpEnd = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long end = warmUpEnd + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(users);
        for (HttpClient session : sessions) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = session.send(HttpRequest.newBuilder(URI.create(page)).GET()
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                        long t = System.nanoTime() - t0;
                        boolean ok = r.statusCode() == 200 && r.body().contains("rankingForm:ranking");
                        if (t0 >= warmUpEnd) {
                            if (ok) {
                                latencies.add(t);
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                        if (thinkMs > 0) {
                            // a user reads the page before the next request: uniform between 0.5 and 1.5 × thinkMs
                            Thread.sleep(thinkMs / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(thinkMs + 1));
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println("no successful request; errors " + errors.get());
            System.exit(1);
        }
        System.out.printf("requests %d, errors %d, throughput %.1f/s%n", sorted.size(), errors.get(),
                sorted.size() / (double) seconds);
        System.out.printf("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", ms(sorted, 50), ms(sorted, 95),
                ms(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double ms(List<Long> sorted, int percentile) {
        int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }

    /** Makes the period with {@code units} villages, runs it, returns the run id. */
    private static long setup(HttpClient http, String auth, String adminAuth, String base, String tag, int units)
            throws Exception {
        String scheme = "LOAD-" + tag;
        call(http, auth, "POST", base + "api/schemes/templates/vil", "{\"key\":\"" + scheme + "\",\"name\":\"压测方案\","
                + "\"year\":2026}", 201);
        String period = "LOADP-" + tag;
        call(http, auth, "POST", base + "api/periods", "{\"code\":\"" + period + "\",\"name\":\"压测考核期\","
                + "\"year\":2026,\"schemeKey\":\"" + scheme + "\",\"schemeVersion\":1}", 201);
        String category = "LOADC-" + tag;
        call(http, adminAuth, "POST", base + "api/unit-categories", "{\"code\":\"" + category + "\",\"name\":\"压测村\"}",
                201);
        StringBuilder enrol = new StringBuilder("[");
        StringBuilder rows = new StringBuilder("{\"rows\":[");
        for (int i = 0; i < units; i++) {
            String code = String.format("L%s-%04d", tag, i);
            call(http, auth, "POST", base + "api/units", "{\"code\":\"" + code + "\",\"name\":\"压测村" + i
                    + "\",\"category\":\"" + category + "\"}", 201);
            enrol.append(i == 0 ? "" : ",").append("{\"unitCode\":\"").append(code).append("\",\"category\":\"village\"}");
            String d = Integer.toString(i % 41);
            rows.append(i == 0 ? "" : ",")
                    .append(row(code, "quantitative/common/sheet", "{\"items\":[{\"name\":\"考核项目1\",\"points\":\"50\","
                            + "\"deductions\":\"" + d + "\"},{\"name\":\"考核项目2\",\"points\":\"50\",\"deductions\":\"0\"}]}"))
                    .append(',').append(row(code, "quantitative/stage", "{\"items\":[{\"name\":\"考核项目1\","
                            + "\"points\":\"100\",\"deductions\":\"" + (i % 7) + "\"}]}"))
                    .append(',').append(row(code, "qualitative/leadership", "{\"votes\":{\"好\":12}}"))
                    .append(',').append(row(code, "qualitative/social", "{\"votes\":{\"满意\":40}}"))
                    .append(',').append(row(code, "qualitative/member_rep", "{\"votes\":{\"满意\":30}}"));
            if (i % 100 == 99) {
                System.out.println("units " + (i + 1));
            }
        }
        call(http, auth, "POST", base + "api/periods/" + period + "/units", enrol.append(']').toString(), 200);
        call(http, auth, "POST", base + "api/periods/" + period + "/entries/import", rows.append("]}").toString(), 200);
        String started = call(http, auth, "POST", base + "api/periods/" + period + "/runs", "", 202);
        long run = Long.parseLong(started.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        long t0 = System.nanoTime();
        while (true) {
            String r = call(http, auth, "GET", base + "api/runs/" + run, null, 200);
            if (r.contains("\"status\":\"COMPLETED\"")) {
                break;
            }
            if (r.contains("\"status\":\"FAILED\"")) {
                throw new IllegalStateException("run failed: " + r);
            }
            Thread.sleep(500);
        }
        System.out.printf("run %d of %d units completed in %.1f s%n", run, units, (System.nanoTime() - t0) / 1e9);
        return run;
    }

    private static String row(String unit, String path, String value) {
        return "{\"unitCode\":\"" + unit + "\",\"path\":\"" + path + "\",\"value\":" + value + "}";
    }

    /** A session signed in through the login form (the page authentication of the application). */
    private static HttpClient signIn(String base, String login, String password) throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String form = session.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = VIEW_STATE.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String body = "loginForm=loginForm&loginForm%3Alogin=" + enc(login) + "&loginForm%3Apassword=" + enc(password)
                + "&loginForm%3AsignIn=&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> r = session.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> check = session.send(HttpRequest.newBuilder(URI.create(base + "units.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (check.uri().toString().contains("login.xhtml")) {
            throw new IllegalStateException("sign-in failed (" + r.statusCode() + ")");
        }
        return session;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String call(HttpClient http, String auth, String method, String url, String json, int expected)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Accept-Language", "en").timeout(Duration.ofMinutes(5));
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
