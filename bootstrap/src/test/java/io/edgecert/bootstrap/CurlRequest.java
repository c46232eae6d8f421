package io.edgecert.bootstrap;

import io.edgecert.rest.Multipart;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A curl command of the guide turned into the request curl would send, for the options the guide
 * uses: {@code -s}, {@code -X METHOD}, {@code -H 'Name: value'}, {@code --data-binary @FILE} (or
 * text) and {@code -F name=value} / {@code -F name=@FILE[;type=TYPE]}. The documented address
 * {@code localhost:8080} becomes the port the test's server is bound to; any other option fails.
 */
final class CurlRequest {
  static final String DOCUMENTED = "localhost:8080";

  private CurlRequest() {}

  static HttpRequest of(List<String> words, int port) {
    String method = null;
    String url = null;
    List<String[]> headers = new ArrayList<>();
    byte[] data = null;
    Multipart form = null;
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "-s":
          break;
        case "-X":
          method = words.get(++i);
          break;
        case "-H":
          headers.add(words.get(++i).split(":\\s*", 2));
          break;
        case "--data-binary":
          data = content(words.get(++i));
          break;
        case "-F":
          form = field(form == null ? new Multipart() : form, words.get(++i));
          break;
        default:
          if (word.startsWith("-") || url != null) {
            throw new IllegalArgumentException("the guide test does not know curl's " + word);
          }
          url = word;
      }
    }
    return build(method, address(url, port), headers, data, form);
  }

  private static HttpRequest build(
      String method, URI uri, List<String[]> headers, byte[] data, Multipart form) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    headers.forEach(header -> request.header(header[0], header[1]));
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    if (form != null) {
      request.header("Content-Type", form.contentType());
      body = form.publisher();
    } else if (data != null) {
      body = HttpRequest.BodyPublishers.ofByteArray(data);
    }
    String verb = method != null ? method : (form != null || data != null ? "POST" : "GET");
    return request.method(verb, body).build();
  }

  private static URI address(String url, int port) {
    String address = url.startsWith("http://") ? url.substring(7) : url;
    if (!address.startsWith(DOCUMENTED + "/")) {
      throw new IllegalArgumentException("the guide's requests go to " + DOCUMENTED + ": " + url);
    }
    return URI.create("http://127.0.0.1:" + port + address.substring(DOCUMENTED.length()));
  }

  private static Multipart field(Multipart form, String field) {
    String[] nameValue = field.split("=", 2);
    if (!nameValue[1].startsWith("@")) {
      return form.field(nameValue[0], nameValue[1]);
    }
    String[] fileType = nameValue[1].substring(1).split(";type=", 2);
    String type = fileType.length > 1 ? fileType[1] : "application/octet-stream";
    String fileName = Path.of(fileType[0]).getFileName().toString();
    return form.file(nameValue[0], fileName, type, content("@" + fileType[0]));
  }

  private static byte[] content(String data) {
    return data.startsWith("@")
        ? ExampleRequests.bytes(Repository.path(data.substring(1)))
        : data.getBytes(StandardCharsets.UTF_8);
  }

}
