package io.edgecert.bootstrap;

import io.edgecert.rest.Multipart;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * A curl command of the guide turned into the request curl sends, for the options the guide uses:
 * {@code -s}, {@code -X METHOD}, {@code -H 'Name: value'}, {@code --data-binary @FILE} (or text)
 * and {@code -F name=value} or {@code -F name=@FILE[;type=TYPE]}. The documented address {@code
 * localhost:8080} becomes the test server's; any other option or address fails the test.
 */
final class CurlRequest {
  static final String DOCUMENTED = "localhost:8080";

  private final HttpRequest.Builder request = HttpRequest.newBuilder();
  private String method;
  private String url;
  private HttpRequest.BodyPublisher body;
  private Multipart form;

  private CurlRequest() {}

  static HttpRequest of(List<String> words, int port) {
    CurlRequest curl = new CurlRequest();
    Iterator<String> options = words.subList(1, words.size()).iterator();
    while (options.hasNext()) {
      curl.read(options.next(), options);
    }
    return curl.build(port);
  }

  private void read(String option, Iterator<String> next) {
    if (option.equals("-X")) {
      method = next.next();
    } else if (option.equals("-H")) {
      String[] header = next.next().split(":\\s*", 2);
      request.header(header[0], header[1]);
    } else if (option.equals("--data-binary")) {
      body = HttpRequest.BodyPublishers.ofByteArray(content(next.next()));
    } else if (option.equals("-F")) {
      field(next.next());
    } else if (!option.equals("-s")) {
      if (option.startsWith("-") || url != null) {
        throw new IllegalArgumentException("the guide test does not know curl's " + option);
      }
      url = option;
    }
  }

  private HttpRequest build(int port) {
    String address = url.startsWith("http://") ? url.substring(7) : url;
    if (!address.startsWith(DOCUMENTED + "/")) {
      throw new IllegalArgumentException("the guide's requests go to " + DOCUMENTED + ": " + url);
    }
    request.uri(URI.create("http://127.0.0.1:" + port + address.substring(DOCUMENTED.length())));
    if (form != null) {
      request.header("Content-Type", form.contentType());
      body = form.publisher();
    }
    String verb = method != null ? method : (body != null ? "POST" : "GET");
    return request.method(verb, body != null ? body : HttpRequest.BodyPublishers.noBody()).build();
  }

  private void field(String field) {
    form = form == null ? new Multipart() : form;
    String[] nameValue = field.split("=", 2);
    if (!nameValue[1].startsWith("@")) {
      form.field(nameValue[0], nameValue[1]);
      return;
    }
    String[] fileType = nameValue[1].substring(1).split(";type=", 2);
    String type = fileType.length > 1 ? fileType[1] : "application/octet-stream";
    String fileName = Path.of(fileType[0]).getFileName().toString();
    form.file(nameValue[0], fileName, type, content("@" + fileType[0]));
  }

  private static byte[] content(String data) {
    return data.startsWith("@")
        ? ExampleRequests.bytes(Repository.path(data.substring(1)))
        : data.getBytes(StandardCharsets.UTF_8);
  }
}
