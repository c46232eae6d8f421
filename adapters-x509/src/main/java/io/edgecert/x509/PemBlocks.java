package io.edgecert.x509;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Splits PEM text into its labelled blocks; the base64 bodies are decoded only on request. */
final class PemBlocks {
  private static final String BEGIN = "-----BEGIN ";
  private static final String DASHES = "-----";

  /** One {@code -----BEGIN label-----} block; {@code body} is its base64 text. */
  record Block(String label, String body) {

    byte[] decode() {
      return Base64.getMimeDecoder().decode(body);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private PemBlocks() {}

  static boolean looksLikePem(byte[] content) {
    return text(content).contains(BEGIN);
  }

  /** The blocks in file order; a block without its END line is an input error. */
  static List<Block> parse(String file, byte[] content) {
    String text = text(content);
    List<Block> blocks = new ArrayList<>();
    int begin = text.indexOf(BEGIN);
    while (begin >= 0) {
      int labelEnd = text.indexOf(DASHES, begin + BEGIN.length());
      int lineEnd = text.indexOf('\n', begin);
      if (labelEnd < 0 || (lineEnd >= 0 && lineEnd < labelEnd)) {
        throw InputErrors.invalid(file, "has a damaged PEM BEGIN line");
      }
      String label = text.substring(begin + BEGIN.length(), labelEnd).trim();
      String end = "-----END " + label + DASHES;
      // the END line is looked for after the BEGIN line's dashes, never overlapping them
      // ("-----BEGIN X------END X-----" is a block without its END line)
      int endAt = text.indexOf(end, labelEnd + DASHES.length());
      if (endAt < 0) {
        throw InputErrors.invalid(
            file, "the PEM block \"" + label + "\" has no END line (is the file truncated?)");
      }
      blocks.add(new Block(label, text.substring(labelEnd + DASHES.length(), endAt)));
      begin = text.indexOf(BEGIN, endAt + end.length());
    }
    return blocks;
  }

  private static String text(byte[] content) {
    return new String(content, StandardCharsets.ISO_8859_1);
  }
}
