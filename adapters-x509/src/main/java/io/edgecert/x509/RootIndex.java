package io.edgecert.x509;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Root certificates by subject match key. Roots handed in as DER are indexed by their subject name
 * alone (sliced out of the DER, no certificate parsed) and each is parsed when a chain first asks
 * for its subject: a run that checks one certificate parses one or two of the JDK's ~150 roots.
 */
final class RootIndex {
  private final Map<String, List<Supplier<ParsedCertificate>>> bySubject = new HashMap<>();

  private RootIndex() {}

  /** Roots already parsed (bundles handed in, which must be read whole to report errors). */
  static RootIndex parsed(List<ParsedCertificate> roots) {
    RootIndex index = new RootIndex();
    roots.forEach(root -> index.add(root.subject().key(), () -> root));
    return index;
  }

  /** Roots as DER, parsed on first need; one whose subject cannot be read is left out. */
  static RootIndex lazy(List<byte[]> roots) {
    RootIndex index = new RootIndex();
    for (byte[] der : roots) {
      byte[] subject = subject(der);
      if (subject != null) {
        String key = new NameText(X500Name.getInstance(subject)).key();
        index.add(key, new Lazy<>(() -> parse(der)));
      }
    }
    return index;
  }

  /** The roots with this subject match key, parsed; one that does not parse is left out. */
  List<ParsedCertificate> named(String subjectKey) {
    List<Supplier<ParsedCertificate>> found = bySubject.get(subjectKey);
    if (found == null) {
      return List.of();
    }
    List<ParsedCertificate> roots = new ArrayList<>(found.size());
    for (Supplier<ParsedCertificate> root : found) {
      ParsedCertificate certificate = root.get();
      if (certificate != null) {
        roots.add(certificate);
      }
    }
    return roots;
  }

  int size() {
    return bySubject.values().stream().mapToInt(List::size).sum();
  }

  private void add(String key, Supplier<ParsedCertificate> root) {
    bySubject.computeIfAbsent(key, k -> new ArrayList<>(1)).add(root);
  }

  private static ParsedCertificate parse(byte[] der) {
    try {
      return ParsedCertificate.parse(der);
    } catch (IOException | RuntimeException e) {
      return null; // left out, and tried again if asked again (Lazy keeps no null)
    }
  }

  /**
   * The subject Name of a DER certificate: Certificate, tbsCertificate, then after the optional
   * version, serial number, signature algorithm, issuer and validity. Null when the bytes are no
   * such structure.
   */
  static byte[] subject(byte[] der) {
    DerHeader certificate = DerHeader.at(der, 0);
    if (certificate == null || !certificate.definite()) {
      return null;
    }
    DerHeader field = certificate.firstChild(der);
    if (field == null || !field.definite()) {
      return null;
    }
    field = field.firstChild(der);
    if (field != null && (der[field.offset()] & 0xFF) == 0xA0) {
      field = next(der, field);
    }
    for (int skip = 0; skip < 4 && field != null; skip++) {
      field = next(der, field);
    }
    if (field == null
        || (der[field.offset()] & 0xFF) != 0x30
        || field.offset() + field.totalLength() > der.length) {
      return null;
    }
    byte[] subject = new byte[(int) field.totalLength()];
    System.arraycopy(der, field.offset(), subject, 0, subject.length);
    return subject;
  }

  private static DerHeader next(byte[] der, DerHeader field) {
    if (!field.definite()) {
      return null;
    }
    long offset = field.offset() + field.totalLength();
    return offset >= der.length ? null : DerHeader.at(der, (int) offset);
  }
}
