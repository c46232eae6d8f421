package io.edgecert.domain.certificate;

/**
 * The private key found beside a certificate (PKCS#12): whether it matches the certificate's public
 * key, the friendly name (null when none), and the Microsoft provider attribute (provider name null
 * when the attribute is absent). Never the key itself.
 */
public record PrivateKeyFacts(
    boolean matchesCertificate, String friendlyName, KeyProvider provider, String providerName) {}
