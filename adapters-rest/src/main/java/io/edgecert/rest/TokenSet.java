package io.edgecert.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The accepted bearer tokens, kept as SHA-256 digests and compared in constant time: every digest
 * is compared in full whatever matched, so the time taken tells nothing of the token presented.
 */
final class TokenSet {
  private final List<byte[]> digests;

  private TokenSet(List<byte[]> digests) {
    this.digests = List.copyOf(digests);
  }

  static TokenSet of(List<String> tokens) {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("at least one token is needed");
    }
    return new TokenSet(tokens.stream().map(TokenSet::digest).toList());
  }

  boolean matches(String presented) {
    byte[] digest = digest(presented);
    boolean found = false;
    for (byte[] accepted : digests) {
      found |= MessageDigest.isEqual(accepted, digest);
    }
    return found;
  }

  int size() {
    return digests.size();
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
