package io.edgecert.json;

import io.edgecert.application.port.in.TopologySource;

/** Tells JSON from YAML: the declared syntax, or for AUTO the first non-blank character. */
final class SyntaxDetector {

  private SyntaxDetector() {}

  /** True for JSON: declared so, or AUTO with a document whose first non-blank character is '{'. */
  static boolean isJson(TopologySource source) {
    if (source.syntax() != TopologySource.Syntax.AUTO) {
      return source.syntax() == TopologySource.Syntax.JSON;
    }
    for (byte b : source.content()) {
      if (!isBlankOrByteOrderMark(b)) {
        return b == '{';
      }
    }
    return false;
  }

  private static boolean isBlankOrByteOrderMark(byte b) {
    return b == ' '
        || b == '\t'
        || b == '\r'
        || b == '\n'
        || b == (byte) 0xEF
        || b == (byte) 0xBB
        || b == (byte) 0xBF;
  }
}
