package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The REST API answers a plan as Markdown when asked, and it is the CLI's Markdown. */
class PlanMarkdownOverRestTest {
  private static final Path S02 = Path.of("docs", "examples", "s02-single-edge-nat.yaml");

  @Test
  void acceptMarkdown_answersWhatPlanFormatMarkdownPrints() throws IOException {
    InProcessCli.Run cli =
        InProcessCli.stoppedAt(TestPki.NOW).run("plan", "--format", "markdown", S02.toString());
    try (LiveServer server =
        LiveServer.start(Injectors.stoppedAt(TestPki.NOW, Injectors.quiet()))) {
      HttpResponse<String> markdown =
          server.send(
              server
                  .request("/v1/plans")
                  .header("Content-Type", "application/yaml")
                  .header("Accept", "text/markdown, application/json;q=0.5")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(S02))
                  .build());
      HttpResponse<String> json =
          server.send(
              server
                  .request("/v1/plans")
                  .header("Content-Type", "application/yaml")
                  .header("Accept", "application/json, text/markdown;q=0.5")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(S02))
                  .build());

      assertThat(markdown.statusCode()).isEqualTo(200);
      assertThat(markdown.headers().firstValue("Content-Type"))
          .hasValue("text/markdown;charset=utf-8");
      assertThat(markdown.headers().firstValue("Vary").orElse("")).contains("Accept");
      assertThat(markdown.body()).isEqualTo(cli.out()).startsWith("# Edge certificate plan");
      assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
    }
  }
}
