package io.edgecert.acceptance.driver;

import java.util.List;

/**
 * The roots the organisation trusts: the public roots (a PEM bundle that stands in for the public
 * CAs) and the roots of its internal CAs (PEM each).
 */
public record Trust(String publicRootsPem, List<String> privateRootsPem) {

  public Trust {
    privateRootsPem = List.copyOf(privateRootsPem);
  }
}
