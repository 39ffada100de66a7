package io.redispool.benchmarks.load;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * Drives one client with a fixed number of threads for a fixed time: a warm-up, then a
 * measured window in which every call's latency goes into a histogram.
 *
 * <p>
 * Each thread repeats its operation back to back (a closed loop, as redis-benchmark's
 * connections do), so throughput and latency are those of a saturated client. A call
 * counts when it started inside the window.
 */
final class LoadRun {

    private static final int WARM_UP = 0;

    private static final int MEASURE = 1;

    private static final int STOP = 2;

    private static final long MAX_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final ClientDriver driver;

    private final Workload workload;

    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private volatile int phase = WARM_UP;

    private LoadRun(ClientDriver driver, Workload workload) {
        this.driver = driver;
        this.workload = workload;
    }

    /**
     * Warms the client up, then measures it.
     * @param client the client's name, for the result
     * @param driver the client
     * @param workload what to send, and with how many threads
     * @param warmup how long to run before measuring
     * @param duration how long to measure
     * @param round which repetition this is
     * @return the figures, or the failure that stopped the run
     */
    static Measurement measure(String client, ClientDriver driver, Workload workload, Duration warmup,
            Duration duration, int round) {
        return new LoadRun(driver, workload).run(client, warmup, duration, round);
    }

    private Measurement run(String client, Duration warmup, Duration duration, int round) {
        int cpus = Runtime.getRuntime().availableProcessors();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < this.workload.threads(); i++) {
            Worker worker = new Worker();
            worker.thread = new Thread(worker, client + "-load-" + i);
            worker.thread.setDaemon(true);
            workers.add(worker);
        }
        workers.forEach((worker) -> worker.thread.start());
        long start = 0;
        long end = 0;
        long cpuStart = 0;
        long cpuEnd = 0;
        try {
            sleep(warmup);
            this.phase = MEASURE;
            start = System.nanoTime();
            cpuStart = processCpuNanos();
            sleep(duration);
            end = System.nanoTime();
            cpuEnd = processCpuNanos();
        }
        finally {
            this.phase = STOP;
        }
        Histogram latencies = new Histogram(MAX_LATENCY_NANOS, 3);
        long calls = 0;
        for (Worker worker : workers) {
            join(worker.thread);
            latencies.add(worker.latencies);
            calls += worker.calls;
        }
        Throwable failed = this.failure.get();
        if (failed != null) {
            return Measurement.failed(client, this.workload, round, cpus, failed);
        }
        double seconds = (end - start) / 1e9;
        long commands = calls * this.workload.pipeline();
        double cpuMicrosPerOp = (cpuStart < 0 || commands == 0) ? Double.NaN : (cpuEnd - cpuStart) / 1e3 / commands;
        return new Measurement(client, this.workload, round, cpus, commands / seconds,
                latencies.getValueAtPercentile(50) / 1e3, latencies.getValueAtPercentile(99) / 1e3, cpuMicrosPerOp, "");
    }

    /**
     * The CPU time of the whole process, threads of the client included, or -1 where the
     * JVM does not tell it.
     */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring", ex);
        }
    }

    private void join(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
            if (thread.isAlive()) {
                this.failure.compareAndSet(null,
                        new IllegalStateException(thread.getName() + " did not finish its last call within 30s"));
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + thread.getName(), ex);
        }
    }

    /** One thread of the closed loop; its figures are read after it has been joined. */
    private final class Worker implements Runnable {

        private final Histogram latencies = new Histogram(MAX_LATENCY_NANOS, 3);

        private Thread thread;

        private long calls;

        @Override
        public void run() {
            try {
                ClientDriver.Operation operation = LoadRun.this.driver.operation(LoadRun.this.workload);
                int phase;
                while ((phase = LoadRun.this.phase) != STOP) {
                    long start = System.nanoTime();
                    operation.run();
                    long latency = System.nanoTime() - start;
                    if (phase == MEASURE) {
                        this.latencies.recordValue(Math.min(latency, MAX_LATENCY_NANOS));
                        this.calls++;
                    }
                }
            }
            catch (Throwable ex) {
                LoadRun.this.failure.compareAndSet(null, ex);
                LoadRun.this.phase = STOP;
            }
        }

    }

}
