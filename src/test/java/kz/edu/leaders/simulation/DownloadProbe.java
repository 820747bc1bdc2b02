package kz.edu.leaders.simulation;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.edu.leaders.config.Download;

/**
 * An auditor downloading a candidate's trail as PDF from a node, again and again through its kills and
 * restarts, and what arrived: whole files (length, digest and PDF end as sent), cut-off downloads the
 * client recognised as such, and, what must never happen, a file taken for whole that is not.
 */
final class DownloadProbe implements AutoCloseable {

  private static final long PAUSE_MS = 300;

  private final AtomicLong whole = new AtomicLong();
  private final AtomicLong cut = new AtomicLong();
  private final AtomicLong broken = new AtomicLong();
  private final Thread downloader;
  private volatile boolean stopped;

  DownloadProbe(NodeProcess node, String path) {
    downloader = new Thread(() -> {
      while (!stopped) {
        downloadOnce(node, path);
        EngineDriver.sleep(PAUSE_MS);
      }
    }, "download-probe");
    downloader.setDaemon(true);
    downloader.start();
  }

  private void downloadOnce(NodeProcess node, String path) {
    HttpResponse<byte[]> response;
    try {
      response = node.download(path, "auditor");
    } catch (UncheckedIOException failed) {
      // refused while the node is down or starting: nothing was received; anything else broke off mid-answer
      if (!(failed.getCause() instanceof ConnectException)) {
        cut.incrementAndGet();
      }
      return;
    }
    if (response.statusCode() == 200) {
      (isWhole(response) ? whole : broken).incrementAndGet();
    }
  }

  private static boolean isWhole(HttpResponse<byte[]> response) {
    byte[] body = response.body();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    return response.headers().firstValueAsLong("Content-Length").orElse(-1) == body.length
        && Download.reprDigest(body).equals(response.headers().firstValue("Repr-Digest").orElse(""))
        && text.startsWith("%PDF-") && text.stripTrailing().endsWith("%%EOF");
  }

  List<Invariants.Check> checks() {
    return List.of(
        new Invariants.Check("trail PDFs downloaded whole through the kills (must be some)", whole.get(), whole.get() > 0),
        new Invariants.Check("downloads cut off by a kill, recognised by the client (a figure)", cut.get(), true),
        new Invariants.Check("downloads taken for whole that were not (length, digest or PDF end wrong)", broken.get(),
            broken.get() == 0));
  }

  @Override
  public void close() {
    stopped = true;
    try {
      downloader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
