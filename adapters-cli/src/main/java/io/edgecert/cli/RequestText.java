package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateRequest;
import java.util.List;

/** What request prints and writes beside the key and CSR: the equivalent cmdlet and a checklist. */
final class RequestText {

  private RequestText() {}

  /** The content of edge-ROLE.txt. */
  static String file(CertificateRequest request) {
    StringBuilder text = new StringBuilder();
    text.append("Certificate request for the ")
        .append(request.role().code())
        .append(" certificate: ")
        .append(request.subjectName())
        .append('\n');
    text.append("Key: ").append(key(request)).append("\n\n");
    text.append("The same request made on a Lync or Skype for Business server:\n  ")
        .append(request.requestCommand())
        .append("\n\nChecklist:\n");
    List<String> checklist = request.checklist();
    for (int i = 0; i < checklist.size(); i++) {
      text.append(String.format("%2d. %s%n", i + 1, checklist.get(i)));
    }
    return text.toString();
  }

  /** The output of the command: the files written, then the text, then the next step. */
  static String summary(CertificateRequest request, RequestFiles files, String topology) {
    return "Wrote "
        + files.key()
        + " (private key, "
        + (request.keyEncrypted() ? "encrypted PKCS#8" : "UNENCRYPTED PKCS#8")
        + ", owner-only)\n"
        + "Wrote "
        + files.csr()
        + " (send this to the CA)\n"
        + "Wrote "
        + files.text()
        + "\n\n"
        + file(request)
        + "\nWhen the CA has issued the certificate:\n"
        + "  edgecert bundle --key "
        + files.key()
        + " --cert ISSUED.cer --chain CA-CHAIN.pem"
        + " --topology "
        + topology
        + " --out edge-"
        + request.role().code()
        + ".pfx\n";
  }

  private static String key(CertificateRequest request) {
    String algorithm =
        request.key().algorithm().isElliptic()
            ? request.key().algorithm().powerShellName()
            : "RSA " + request.key().size() + " bits";
    return algorithm + (request.keyEncrypted() ? ", encrypted (AES-256)" : ", not encrypted");
  }
}
