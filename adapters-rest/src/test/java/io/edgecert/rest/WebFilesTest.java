package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebFilesTest {
  @RegisterExtension static final TestServer api = TestServer.perClass();

  @Test
  void root_answersThePageWithAStrictPolicyAndAnEtag() {
    HttpResponse<String> page = api.send(api.request("/").header("Accept", "text/html").build());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .startsWith("default-src 'self';")
        .doesNotContain("unsafe");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(page.headers().firstValue("ETag").orElse("")).matches("\"[A-Za-z0-9_-]{22}\"");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/assets/app.js\">");
  }

  @Test
  void anAssetAskedAgainWithItsEtag_answers304WithoutBody() {
    HttpResponse<String> first = api.get("/assets/app.js");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        api.send(api.request("/assets/app.js").header("If-None-Match", etag).build());
    HttpResponse<String> changed =
        api.send(api.request("/assets/app.js").header("If-None-Match", "\"other\"").build());

    assertThat(first.headers().firstValue("Content-Type"))
        .hasValue("text/javascript;charset=utf-8");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).isEqualTo(first.body());
  }

  @Test
  void anUnknownAsset_answers404Problem() {
    HttpResponse<String> response = api.get("/assets/secret.txt");
    HttpResponse<String> index = api.get("/assets/index.html");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=utf-8");
    assertThat(index.statusCode()).isEqualTo(404);
  }

  @Test
  void everyFileThePageLoadsIsServed_andEveryServedFileIsUsed() throws IOException {
    Set<String> referenced = new TreeSet<>(Set.of(WebFiles.INDEX));
    Pattern asset = Pattern.compile("(?:/assets/|from '\\./|import\\('\\./)([a-z]+\\.[a-z]+)");
    for (String file : WebFiles.FILES.keySet()) {
      Matcher matcher = asset.matcher(read(file));
      while (matcher.find()) {
        referenced.add(matcher.group(1));
      }
    }
    assertThat(referenced).containsExactlyInAnyOrderElementsOf(WebFiles.FILES.keySet());
    for (String file : referenced) {
      String path = file.equals(WebFiles.INDEX) ? "/" : "/assets/" + file;
      assertThat(api.get(path).statusCode()).as(path).isEqualTo(200);
    }
  }

  /** default-src 'self' blocks inline script, style attributes and handlers: none may be used. */
  @Test
  void nothingThePolicyWouldBlockIsWritten() throws IOException {
    String html = read(WebFiles.INDEX);
    assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    assertThat(html).doesNotContainPattern("<style");
    assertThat(html).doesNotContainPattern("\\sstyle=");
    assertThat(html).doesNotContainPattern("\\son[a-z]+=");
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
    for (String file : WebFiles.FILES.keySet()) {
      if (file.endsWith(".js")) {
        assertThat(read(file))
            .as(file)
            .doesNotContain("innerHTML")
            .doesNotContain("eval(")
            .doesNotContain("new Function")
            .doesNotContainPattern("setAttribute\\('style'")
            .doesNotContainPattern("https?://");
      }
    }
  }

  @Test
  void apiAnswersCarryTheSecurityHeadersToo() {
    HttpResponse<String> response = api.get("/health");

    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  private static String read(String file) throws IOException {
    try (InputStream in = WebFiles.class.getResourceAsStream(WebFiles.FOLDER + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
