package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md tells the truth: its plan command runs, its example is the example file, what it says
 * of that plan holds, and the files it names exist.
 */
class ReadmeTest {
  static final String README = Repository.read("README.md");
  static final String EXAMPLE = "docs/examples/s02-single-edge-nat.yaml";

  @Test
  void readmeTopology_isTheExampleFileItNames() throws Exception {
    String yaml = block("", "```yaml\n");

    assertThat(new YAMLMapper().readTree(yaml)).isEqualTo(ExampleRequests.tree(EXAMPLE));
  }

  @Test
  void readmePlanCommand_runsAndPlansWhatTheReadmeSays() throws Exception {
    String command = block("## The two commands", "```sh\n").lines().findFirst().orElseThrow();
    List<String> words = ShellWords.parse(command).words();
    assertThat(words).containsExactly("./edgecert", "plan", EXAMPLE);

    InProcessCli.Run text = InProcessCli.production().run(words.get(1), words.get(2));
    InProcessCli.Run json = InProcessCli.production().run("plan", EXAMPLE, "--format", "json");

    assertThat(text.exitCode()).isZero();
    JsonNode plan = new ObjectMapper().readTree(json.out());
    assertThat(plan.at("/certificates/0/subjectName").asText()).isEqualTo("sip.contoso.com");
    assertThat(plan.at("/certificates/0/subjectAlternativeNames").findValuesAsText("dnsName"))
        .containsExactly("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com");
    assertThat(plan.at("/certificates/0/certificateAuthority").asText()).isEqualTo("public");
    assertThat(plan.at("/certificates/1/subjectName").asText()).isEqualTo("lsedge.contoso.net");
    assertThat(plan.at("/certificates/1/subjectAlternativeNames")).isEmpty();
    assertThat(plan.at("/certificates/1/certificateAuthority").asText())
        .isEqualTo("public-or-private");
  }

  @Test
  void everySourceFileTheReadmeNames_exists() {
    Matcher names = Pattern.compile("`((docs|adapters-rest)/[^`]*)`").matcher(README);
    int count = 0;
    while (names.find()) {
      Repository.path(names.group(1));
      count++;
    }
    assertThat(count).isGreaterThan(5);
  }

  /** The first block that opens with {@code opening} after the text {@code after}. */
  private static String block(String after, String opening) {
    int start = README.indexOf(opening, README.indexOf(after)) + opening.length();
    return README.substring(start, README.indexOf("```", start));
  }
}
