import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hostile clients of issue 19 (#27), as a load test: run with {@code java bench/Hostile.java <case> [port]}
 * against a running rdpfix (bench/hostile.sh starts one with the README's heap). Raw sockets, so that
 * each client does exactly what the finding says and every answer's status line is seen.
 * <ul>
 *   <li>{@code flood}: 800 POSTs of about 1 MiB to /check.txt, 200 at once; then /q/health/live.</li>
 *   <li>{@code slow}: 256 POST bodies sent one byte every 2 s; meanwhile a normal POST.</li>
 *   <li>{@code declared}: 1,000 POSTs that declare 1,000,000 bytes and send none; meanwhile a normal POST.</li>
 *   <li>{@code halfclose}: a POST whose client shuts its sending side after the body.</li>
 * </ul>
 * Each case prints one line per figure ("status 503: 612") and exits 1 when the server broke its promise.
 */
public class Hostile {
    private static int port = 8080;
    private static final String VERDICT = "%0Ardpfix%3A%20OK%2C%2016%20of%2016%20values%20verified";

    public static void main(String[] args) throws Exception {
        if (args.length > 1) {
            port = Integer.parseInt(args[1]);
        }
        boolean ok = switch (args.length == 0 ? "" : args[0]) {
            case "flood" -> flood();
            case "slow" -> slow();
            case "declared" -> declared();
            case "halfclose" -> halfClose();
            default -> throw new IllegalArgumentException("usage: java bench/Hostile.java flood|slow|declared|halfclose [port]");
        };
        System.exit(ok ? 0 : 1);
    }

    private static boolean flood() throws Exception {
        byte[] body = ("capture=" + "x".repeat(1_040_000) + VERDICT).getBytes(StandardCharsets.US_ASCII);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(200);
        long t0 = System.nanoTime();
        for (int i = 0; i < 800; i++) {
            pool.execute(() -> outcomes.computeIfAbsent(post("/check.txt", body, false, 60_000), k -> new AtomicInteger()).incrementAndGet());
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        System.out.printf("flood: 800 POSTs of %d bytes, 200 at once, in %d ms%n", body.length, (System.nanoTime() - t0) / 1_000_000);
        new TreeMap<>(outcomes).forEach((k, v) -> System.out.printf("  %s: %d%n", k, v.get()));
        long h0 = System.nanoTime();
        String health = get("/q/health/live");
        System.out.printf("  then /q/health/live: %s in %d ms%n", health, (System.nanoTime() - h0) / 1_000_000);
        return !outcomes.containsKey("status 500") && outcomes.keySet().stream().noneMatch(k -> k.startsWith("status 5") && !k.equals("status 503"))
                && health.equals("status 200");
    }

    private static boolean slow() throws Exception {
        List<Socket> slow = started(256, 1000);
        Thread drip = new Thread(() -> {
            try {
                while (true) {
                    for (Socket s : slow) {
                        try {
                            s.getOutputStream().write('x');
                        } catch (IOException cut) {
                            // the server cut this one off
                        }
                    }
                    Thread.sleep(2_000);
                }
            } catch (InterruptedException stop) {
                // done
            }
        });
        drip.setDaemon(true);
        drip.start();
        Thread.sleep(3_000);
        long t0 = System.nanoTime();
        byte[] normal = ("capture=" + VERDICT).getBytes(StandardCharsets.US_ASCII);
        String answer = post("/check.txt", normal, false, 60_000);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("slow: 256 bodies at one byte every 2 s; a normal POST meanwhile: %s in %d ms%n", answer, ms);
        // How the slow ones ended: the server's answer to each, read until it closes or 30 s pass.
        long c0 = System.nanoTime();
        Map<String, Integer> ends = new TreeMap<>();
        for (Socket s : slow) {
            s.setSoTimeout(Math.max(1, 30_000 - (int) ((System.nanoTime() - c0) / 1_000_000)));
            ends.merge(statusOf(s), 1, Integer::sum);
        }
        drip.interrupt();
        System.out.printf("  the slow bodies, cut off within %d ms:%n", (System.nanoTime() - c0) / 1_000_000 + 3_000);
        ends.forEach((k, v) -> System.out.printf("    %s: %d%n", k, v));
        for (Socket s : slow) {
            s.close();
        }
        return answer.startsWith("status 2") || answer.startsWith("status 4");
    }

    private static boolean declared() throws Exception {
        List<Socket> waiting = started(1000, 1_000_000);
        Thread.sleep(2_000);
        String answer = post("/check.txt", ("capture=" + VERDICT).getBytes(StandardCharsets.US_ASCII), false, 60_000);
        String health = get("/q/health/live");
        System.out.printf("declared: 1000 POSTs declaring 1,000,000 bytes and sending none; a normal POST meanwhile: %s; health: %s%n",
                answer, health);
        for (Socket s : waiting) {
            s.close();
        }
        return answer.startsWith("status 2") && health.equals("status 200");
    }

    private static boolean halfClose() {
        byte[] body = ("capture=" + VERDICT).getBytes(StandardCharsets.US_ASCII);
        String answer = post("/check.txt", body, true, 10_000);
        System.out.printf("halfclose: a POST whose client shuts its output after the body: %s%n", answer);
        return answer.startsWith("status 2") || answer.startsWith("status 4");
    }

    /** {@code count} POSTs to /check.txt whose headers declare {@code length} bytes, none of them sent yet. */
    private static List<Socket> started(int count, int length) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket s = new Socket();
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.getOutputStream().write(head("/check.txt", length).getBytes(StandardCharsets.US_ASCII));
            sockets.add(s);
        }
        return sockets;
    }

    private static String head(String path, int length) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
    }

    /** The status line's code of the answer ("status 503"), or what happened instead ("reset", "timeout"). */
    private static String post(String path, byte[] body, boolean halfClose, int timeoutMs) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            s.setSoTimeout(timeoutMs);
            OutputStream out = s.getOutputStream();
            try {
                out.write(head(path, body.length).getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                if (halfClose) {
                    s.shutdownOutput();
                }
            } catch (IOException cut) {
                // answered before the body was all sent (a refusal): read what came
            }
            return statusOf(s);
        } catch (IOException e) {
            return "no connection: " + e.getClass().getSimpleName();
        }
    }

    private static String get(String path) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return statusOf(s);
        } catch (IOException e) {
            return "no connection: " + e.getClass().getSimpleName();
        }
    }

    private static String statusOf(Socket s) {
        try {
            InputStream in = s.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            String status = line.toString(StandardCharsets.US_ASCII);
            if (status.isEmpty()) {
                return "closed without an answer";
            }
            String[] parts = status.split(" ");
            return parts.length > 1 ? "status " + parts[1] : "garbled: " + status;
        } catch (java.net.SocketTimeoutException e) {
            return "no answer (timeout)";
        } catch (IOException e) {
            return "reset";
        }
    }
}
