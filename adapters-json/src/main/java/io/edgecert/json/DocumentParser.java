package io.edgecert.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses a YAML or JSON topology document into a located tree, within safe limits. YAML is read as
 * plain data: only true/false are booleans (yes, no, on, off stay strings) and an empty value is
 * null.
 */
final class DocumentParser {
  /** A topology is a few hundred bytes; anything past this is not one. */
  static final int MAX_BYTES = 1 << 20;

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(20)
          .maxDocumentLength(MAX_BYTES)
          .maxStringLength(4096)
          .build();

  private final JsonFactory json = JsonFactory.builder().streamReadConstraints(LIMITS).build();
  private final JsonFactory yaml =
      YAMLFactory.builder()
          .loaderOptions(loaderOptions())
          .streamReadConstraints(LIMITS)
          .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
          .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
          .build();

  ParsedDocument parse(TopologySource source) {
    return parse(source, true);
  }

  /**
   * The tree of {@code source}; {@code placed} false leaves out the places of its fields (see
   * {@link LocatingTreeReader}), for a document that is expected to be valid.
   */
  ParsedDocument parse(TopologySource source, boolean placed) {
    if (source.content().length > MAX_BYTES) {
      throw new InvalidInputException(
          source.name(),
          InvalidInputException.Kind.MALFORMED,
          "the document has "
              + source.content().length
              + " bytes; a topology has at most "
              + MAX_BYTES);
    }
    boolean isJson = SyntaxDetector.isJson(source);
    ContentCheck.check(source, text -> reread(text, isJson));
    try (JsonParser parser = (isJson ? json : yaml).createParser(source.content())) {
      return new LocatingTreeReader(parser, placed).read();
    } catch (JsonProcessingException e) {
      throw SyntaxErrors.of(source.name(), isJson ? "JSON" : "YAML", e);
    } catch (java.io.CharConversionException e) {
      // NUL bytes at the start make Jackson read the bytes as UTF-16 or UTF-32
      throw new InvalidInputException(
          source.name(), InvalidInputException.Kind.MALFORMED, NOT_UTF8_JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON is UTF-8 (RFC 8259 8.1); bytes that only decode as UTF-16 or UTF-32 are refused. */
  static final String NOT_UTF8_JSON =
      "not UTF-8 text: a JSON document is UTF-8 (RFC 8259), and NUL bytes near its start make it"
          + " read as UTF-16 or UTF-32";

  /** The tree of a text already decoded (bad bytes replaced), or null when it does not parse. */
  private ParsedDocument reread(String text, boolean isJson) {
    try (JsonParser parser = (isJson ? json : yaml).createParser(text)) {
      return new LocatingTreeReader(parser).read();
    } catch (IOException e) {
      return null;
    }
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(20);
    options.setAllowRecursiveKeys(false);
    return options;
  }
}
