package io.edgecert.x509.bundle;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.in.SubjectFields;
import io.edgecert.application.port.out.BundleMaterials;
import io.edgecert.application.port.out.GeneratedRequest;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.x509.request.BouncyCastleRequestFactory;
import io.edgecert.x509.request.FastRequestFactory;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;

/** One request made and signed once per test class: its key, certificate and the CA chain. */
final class Materials {
  static final char[] KEY_PASSPHRASE = "key passphrase".toCharArray();
  final TestCa ca = new TestCa();
  final GeneratedRequest request;
  final X509Certificate certificate;

  Materials(PlannedCertificate planned) {
    BouncyCastleRequestFactory factory = FastRequestFactory.create();
    request = factory.create(planned, SubjectFields.none(), KEY_PASSPHRASE.clone());
    certificate = ca.sign(request.csrPem());
  }

  InputFile key() {
    return file("edge.key", request.privateKeyPem());
  }

  InputFile certificateFile() {
    return file("issued.cer", TestCa.pem(certificate));
  }

  InputFile chainFile() {
    return file("chain.pem", ca.chainPem());
  }

  BundleMaterials all() {
    return new BundleMaterials(
        key(), KEY_PASSPHRASE.clone(), certificateFile(), List.of(chainFile()), false);
  }

  static InputFile file(String name, String text) {
    return new InputFile(name, text.getBytes(StandardCharsets.US_ASCII));
  }
}
