package io.edgecert.rest;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web page: {@code GET /} and its files under {@code /assets/}, read from this module's
 * resources on first request (a fixed list, no scanning), each with a strong ETag; a matching
 * {@code If-None-Match} is answered 304. Browsers revalidate every time ({@code no-cache}), so a
 * new version is seen at once and an unchanged file costs one small round trip.
 */
final class WebFiles {
  static final String ROOT = "/";
  static final String ASSETS = "/assets/{" + "file" + "}";
  static final String FOLDER = "/io/edgecert/rest/web/";
  static final String INDEX = "index.html";
  static final String CACHE_CONTROL = "no-cache";

  /** Every file the page uses and its media type. */
  static final Map<String, String> FILES =
      Map.ofEntries(
          Map.entry(INDEX, "text/html;charset=utf-8"),
          Map.entry("app.css", "text/css;charset=utf-8"),
          Map.entry("app.js", "text/javascript;charset=utf-8"),
          Map.entry("api.js", "text/javascript;charset=utf-8"),
          Map.entry("dom.js", "text/javascript;charset=utf-8"),
          Map.entry("yaml.js", "text/javascript;charset=utf-8"),
          Map.entry("topology.js", "text/javascript;charset=utf-8"),
          Map.entry("plan.js", "text/javascript;charset=utf-8"),
          Map.entry("validate.js", "text/javascript;charset=utf-8"),
          Map.entry("rules.js", "text/javascript;charset=utf-8"),
          Map.entry("icon.svg", "image/svg+xml"));

  private final Map<String, File> loaded = new ConcurrentHashMap<>();

  void index(Context ctx) {
    send(ctx, INDEX);
  }

  void asset(Context ctx) {
    String name = ctx.pathParam("file");
    if (name.equals(INDEX) || !FILES.containsKey(name)) {
      throw new NotFoundResponse("No file " + ctx.path() + " on this server.");
    }
    send(ctx, name);
  }

  private void send(Context ctx, String name) {
    File file = loaded.computeIfAbsent(name, WebFiles::load);
    ctx.header("ETag", file.etag());
    ctx.header("Cache-Control", CACHE_CONTROL);
    if (matches(ctx.header("If-None-Match"), file.etag())) {
      ctx.status(304);
      return;
    }
    ctx.contentType(FILES.get(name)).result(file.content());
  }

  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    List<String> tags = Arrays.stream(ifNoneMatch.split(",")).map(String::strip).toList();
    return tags.contains("*") || tags.contains(etag) || tags.contains("W/" + etag);
  }

  private static File load(String name) {
    String resource = FOLDER + name;
    try (InputStream in = WebFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      byte[] content = in.readAllBytes();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
      return new File(content, "\"" + tag + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private record File(byte[] content, String etag) {}
}
