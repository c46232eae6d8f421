package io.edgecert.rest;

import io.edgecert.domain.ShownText;

/** A query parameter the client got wrong: its name and what was expected (never a secret). */
final class BadParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  BadParameterException(String parameter, String message) {
    super(ShownText.of(message));
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
