package fr.plie.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * Answers held back from the network: in memory up to a bound, then in a temporary file (deleted on close), so
 * that a batch never writes to a client that is not reading yet, and memory stays bounded whatever the batch.
 */
final class Spool implements AutoCloseable {
    private final int inMemory;
    private final ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
    private @Nullable Path file;
    private @Nullable FileChannel channel;
    private long size;

    /** @param inMemory the bytes held in memory before the spool spills to a temporary file */
    Spool(int inMemory) {
        this.inMemory = inMemory;
    }

    /** Holds {@code bytes} back, after what is already held. */
    void write(byte[] bytes) throws IOException {
        if (channel == null && memory.size() + bytes.length <= inMemory) {
            memory.write(bytes);
        } else {
            if (channel == null) {
                file = Files.createTempFile("plie-batch-", ".ndjson");
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                memory.writeTo(Channels.newOutputStream(channel));
                memory.reset();
            }
            channel.write(java.nio.ByteBuffer.wrap(bytes));
        }
        size += bytes.length;
    }

    /** The bytes held back. */
    long size() {
        return size;
    }

    /** Writes everything held back to {@code out} in order, flushes it, and holds nothing after. */
    void drainTo(OutputStream out) throws IOException {
        if (size == 0) {
            return;
        }
        if (channel == null) {
            memory.writeTo(out);
            memory.reset();
        } else {
            channel.position(0);
            InputStream in = Channels.newInputStream(channel);
            in.transferTo(out);
            channel.truncate(0);
            channel.position(0);
        }
        size = 0;
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            Files.deleteIfExists(file);
            channel = null;
        }
    }
}
