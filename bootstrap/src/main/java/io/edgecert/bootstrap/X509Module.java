package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.application.port.out.Pkcs12Builder;
import io.edgecert.application.port.out.RequestFactory;
import io.edgecert.x509.BouncyCastleCertificateReader;
import io.edgecert.x509.bundle.BouncyCastlePkcs12Builder;
import io.edgecert.x509.request.BouncyCastleRequestFactory;

/** Certificates, keys, requests and PKCS#12 files (adapters-x509, BouncyCastle). */
public final class X509Module extends AbstractModule {

  @Provides
  @Singleton
  CertificateReader certificateReader() {
    return new BouncyCastleCertificateReader();
  }

  @Provides
  @Singleton
  RequestFactory requestFactory() {
    return new BouncyCastleRequestFactory(new LazySecureRandom());
  }

  @Provides
  @Singleton
  Pkcs12Builder pkcs12Builder() {
    return new BouncyCastlePkcs12Builder(new LazySecureRandom());
  }
}
