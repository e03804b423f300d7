package cascade.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j 5.26 Community, embedded, serving Bolt on 127.0.0.1 so the ordinary JS driver can use it
 * where no container runtime exists.
 *
 * Protocol with the parent process (src/neo4j/localNeo4j.ts):
 *   stdout: exactly one line "NEO4J_READY bolt://127.0.0.1:PORT" once the default database is usable;
 *   stderr: "NEO4J_FAILED message" and a non-zero exit if it cannot start.
 * Neo4j's own logs go to DATA/logs, never stdout, so the ready line is easy to find.
 *
 * Usage: LocalNeo4j --port P --data DIR [--pagecache 256m] [--exit-on-stdin-close]
 * Heap is the JVM's -Xmx: embedded Neo4j has no heap setting of its own.
 */
public final class LocalNeo4j {
    private static volatile DatabaseManagementService service;

    public static void main(String[] args) {
        Integer port = null;
        Path data = null;
        String pageCache = "256m";
        boolean exitOnStdinClose = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                    case "--pagecache" -> pageCache = args[++i];
                    case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (port == null || data == null) {
                throw new IllegalArgumentException("usage: LocalNeo4j --port P --data DIR [--pagecache 256m] [--exit-on-stdin-close]");
            }
        } catch (RuntimeException e) {
            fail(e);
            return;
        }

        // SIGTERM/SIGINT -> managementService.shutdown(). A signal during build() finds no service yet;
        // Neo4j then recovers the store from its transaction log on the next start.
        Runtime.getRuntime().addShutdownHook(new Thread(LocalNeo4j::shutdown, "neo4j-shutdown"));
        // Started before build() too: a parent that dies while we start must not leave an orphan JVM.
        if (exitOnStdinClose) {
            watchStdin();
        }

        try {
            // Neo4j only binds Bolt after opening the store (~15 s to fail on a clash): check the port first.
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            } catch (BindException e) {
                throw new BindException("port " + port + " on 127.0.0.1: " + e.getMessage());
            }
            service = new DatabaseManagementServiceBuilder(data)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Default is 400 Bolt worker threads; a 2-core test box never needs that many.
                    .setConfig(BoltConnector.thread_pool_max_size, 64)
                    // Embedded defaults: routing listener on 7688 (would clash between instances) and usage reporting on.
                    // The store is checkpointed and closed before Bolt stops; Bolt then waits 5 s twice
                    // (internal defaults) even with no connections. 1 s each makes stop() ~2 s, not ~11 s.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseSettings.routing_enabled, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Auth is off in embedded mode; loopback-only binding is what keeps it private.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // Unset, the page cache takes half the machine's RAM.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                    .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
                    // Transaction state on the (bounded) heap; the global cap stays at Neo4j's default (70% of heap).
                    .setConfig(GraphDatabaseSettings.tx_state_memory_allocation,
                            GraphDatabaseSettings.TransactionStateMemoryAllocation.ON_HEAP)
                    // Test churn should not grow the transaction logs without bound.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                    // A stuck lock should fail a test, not hang it.
                    .setConfig(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofSeconds(60))
                    .setConfig(GraphDatabaseSettings.logs_directory, data.resolve("logs"))
                    .build();
            if (!service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000)) {
                throw new IllegalStateException("database 'neo4j' not available after 60 s");
            }
        } catch (Throwable e) {
            fail(e);
            return;
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        // Neo4j's own threads would keep the JVM alive too, but block explicitly rather than rely on that.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void watchStdin() {
        Thread t = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                while (in.read(buf) != -1) {
                    // Discard: stdin only signals that the parent is alive.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.exit(0); // runs the shutdown hook
        }, "stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static synchronized void shutdown() {
        DatabaseManagementService s = service;
        service = null;
        if (s != null) {
            try {
                s.shutdown();
            } catch (Throwable e) {
                System.err.println("neo4j shutdown error: " + e);
            }
        }
    }

    private static void fail(Throwable e) {
        // Root cause first: build() wraps a port clash in several lifecycle exceptions.
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + root + ")";
        System.err.println("NEO4J_FAILED " + msg.replace('\n', ' '));
        System.err.flush();
        shutdown();
        // halt, not exit: the hook already ran shutdown() and Neo4j's threads must not keep us alive.
        Runtime.getRuntime().halt(1);
    }
}
