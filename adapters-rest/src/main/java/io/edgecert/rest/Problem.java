package io.edgecert.rest;

import java.util.List;

/**
 * An RFC 9457 problem detail: a type URI, a short title, the HTTP status, a detail for this
 * occurrence, and for input errors every problem found, each pointing at its place in the input.
 */
record Problem(String type, String title, int status, String detail, List<Error> errors) {

  static final String BLANK = "about:blank";
  static final String BASE = "https://edgecert.io/problems/";

  Problem {
    errors = List.copyOf(errors);
  }

  /** A problem without extra semantics beyond its HTTP status. */
  static Problem ofStatus(int status, String title, String detail) {
    return new Problem(BLANK, title, status, detail, List.of());
  }

  /**
   * One input error: an RFC 6901 pointer into the request body ("" for the whole body) or the name
   * of a query parameter (then the pointer is null), the line and column of the JSON or YAML text
   * it is on (0 when unknown), and a message for the user.
   */
  record Error(String pointer, String parameter, int line, int column, String message) {

    static Error at(String pointer, String message) {
      return new Error(pointer, null, 0, 0, message);
    }

    static Error at(String pointer, int line, int column, String message) {
      return new Error(pointer, null, line, column, message);
    }

    static Error ofParameter(String parameter, String message) {
      return new Error(null, parameter, 0, 0, message);
    }
  }
}
