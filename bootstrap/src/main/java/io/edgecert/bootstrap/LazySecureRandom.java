package io.edgecert.bootstrap;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * The JDK's default SecureRandom, made on first use: creating one loads the JCA provider list,
 * which only request and bundle need, so plan, validate and rules start without it.
 */
final class LazySecureRandom extends SecureRandom {
  private static final long serialVersionUID = 1L;

  LazySecureRandom() {
    super(new DeferredSpi(), null);
  }

  /** Hands every call to a default SecureRandom created on the first one. */
  private static final class DeferredSpi extends SecureRandomSpi {
    private static final long serialVersionUID = 1L;
    private transient volatile SecureRandom delegate;

    private SecureRandom delegate() {
      SecureRandom current = delegate;
      if (current == null) {
        synchronized (this) {
          current = delegate;
          if (current == null) {
            current = new SecureRandom();
            delegate = current;
          }
        }
      }
      return current;
    }

    @Override
    protected void engineSetSeed(byte[] seed) {
      delegate().setSeed(seed);
    }

    @Override
    protected void engineNextBytes(byte[] bytes) {
      delegate().nextBytes(bytes);
    }

    @Override
    protected byte[] engineGenerateSeed(int numBytes) {
      return delegate().generateSeed(numBytes);
    }
  }
}
