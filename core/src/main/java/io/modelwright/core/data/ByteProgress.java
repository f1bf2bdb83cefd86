package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes read so far across all chunks of one import, reported about once per megabyte; also the place where
 * reading notices a cancel, since every byte passes through here.
 */
final class ByteProgress {
    private static final long STEP = 1 << 20;
    private static final long PUBLISH_EVERY = 1 << 18;

    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastReported = new AtomicLong();
    private final long total;
    private final ProgressListener listener;
    private final CancellationToken cancel;

    ByteProgress(long total, ProgressListener listener, CancellationToken cancel) {
        this.total = total;
        this.listener = listener;
        this.cancel = cancel;
    }

    void add(long bytes) {
        long now = done.addAndGet(bytes);
        long last = lastReported.get();
        if (now - last >= STEP && lastReported.compareAndSet(last, now)) {
            cancel.throwIfCancelled();
            listener.progress(Math.min(now, total), total, "Reading data");
        }
    }

    /** Starts over, when import must read the file again (another encoding, or to locate an error exactly). */
    void reset() {
        done.set(0);
        lastReported.set(0);
    }

    void finish() {
        listener.progress(total, total, "Reading data");
    }

    /**
     * @return a stream that counts what passes through it, reading at most {@code limit} bytes. Counts are kept
     * locally and published every 256 KB, so parallel readers do not fight over one shared counter.
     */
    InputStream counting(InputStream in, long limit) {
        return new FilterInputStream(in) {
            private long remaining = limit;
            private long unpublished;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                if (remaining <= 0) {
                    publish();
                    return -1;
                }
                int n = super.read(buf, off, (int) Math.min(len, remaining));
                if (n > 0) {
                    remaining -= n;
                    unpublished += n;
                    if (unpublished >= PUBLISH_EVERY) {
                        publish();
                    }
                } else {
                    publish();
                }
                return n;
            }

            private void publish() {
                if (unpublished > 0) {
                    add(unpublished);
                    unpublished = 0;
                }
            }
        };
    }
}
