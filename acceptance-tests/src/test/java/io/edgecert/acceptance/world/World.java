package io.edgecert.acceptance.world;

import io.cucumber.guice.ScenarioScoped;
import io.edgecert.acceptance.driver.CertificateInput;
import io.edgecert.acceptance.driver.Outcome;
import io.edgecert.acceptance.driver.TopologyText;
import io.edgecert.acceptance.driver.Trust;
import io.edgecert.x509.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one scenario has said so far: the topology, the day it plays on, the baseline and the
 * certificates it hands in, and edgecert's last answer. Shared by the step classes.
 */
@ScenarioScoped
public final class World {
  /** Scenarios that trust an internal CA carry this tag: the REST API cannot trust one. */
  private final TopologyDraft draft = new TopologyDraft();

  private final Map<String, CertificateDescription> baselines = new HashMap<>();
  private final List<CertificateInput> certificates = new ArrayList<>();
  private Set<String> tags = Set.of();
  private TopologyText file;
  private LocalDate today = LocalDate.ofInstant(TestPki.NOW, ZoneOffset.UTC);
  private boolean internalCaTrusted;
  private Outcome outcome;

  public void tags(Collection<String> scenarioTags) {
    tags = Set.copyOf(scenarioTags);
  }

  public TopologyDraft topology() {
    return draft;
  }

  /** Replaces the described topology by a whole file the scenario gives. */
  public void topologyFile(TopologyText text) {
    file = text;
  }

  public TopologyText topologyText() {
    return file != null ? file : draft.toYaml();
  }

  public LocalDate today() {
    return today;
  }

  public void today(LocalDate day) {
    today = day;
  }

  /** The start of {@link #today()}, UTC: the instant certificates are judged at. */
  public Instant now() {
    return today.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public void baseline(String role, CertificateDescription description) {
    baselines.put(role, description);
  }

  /** The certificate of {@code role} as the Background describes it. */
  public CertificateDescription baseline(String role) {
    CertificateDescription baseline = baselines.get(role);
    if (baseline == null) {
      throw new IllegalStateException("the Background describes no " + role + " certificate");
    }
    return baseline;
  }

  /** Makes the certificate described and hands it in for {@code role}. */
  public void addCertificate(String role, CertificateDescription description) {
    certificates.add(make(role, description));
  }

  /**
   * Makes the certificate described once and hands in one copy of it per member: the same
   * certificate and key on each, as when one PFX is imported on every member of the pool.
   */
  public void addCopies(String role, CertificateDescription description, List<String> members) {
    CertificateInput made = make(role, description);
    members.forEach(member -> certificates.add(made.fromMember(member)));
  }

  /** Makes the certificate described and hands it in as {@code member}'s copy for {@code role}. */
  public void addMemberCertificate(String role, String member, CertificateDescription description) {
    certificates.add(make(role, description).fromMember(member));
  }

  private CertificateInput make(String role, CertificateDescription description) {
    if (TestCertificates.fromInternalCa(description)) {
      internalCaTrusted = true;
    }
    return TestCertificates.make(role, description);
  }

  /** Hands in {@code text} as a PEM file for {@code role}. */
  public void addFile(String role, String text) {
    byte[] content = text.getBytes(StandardCharsets.US_ASCII);
    certificates.add(
        new CertificateInput(role + ".pem", content, CertificateInput.Format.PEM, null, role));
  }

  /** Gives the last certificate handed in, a PKCS#12 file, another password than its own. */
  public void wrongPassword() {
    CertificateInput last = certificates.remove(certificates.size() - 1);
    if (last.format() != CertificateInput.Format.PKCS12) {
      throw new IllegalStateException("only a PKCS#12 file has a password");
    }
    certificates.add(
        new CertificateInput(
            last.fileName(),
            last.content(),
            last.format(),
            "not-" + last.password(),
            last.role(),
            last.member()));
  }

  public List<CertificateInput> certificates() {
    return List.copyOf(certificates);
  }

  /** The public root always; the internal CA's root when a certificate comes from it. */
  public Trust trust() {
    return new Trust(
        AcceptancePki.publicRootPem(),
        internalCaTrusted ? List.of(AcceptancePki.internalRootPem()) : List.of());
  }

  public void outcome(Outcome answer) {
    outcome = answer;
  }

  /** edgecert's last answer; asking before any is a mistake in the feature. */
  public Outcome outcome() {
    if (outcome == null) {
      throw new IllegalStateException("nothing was planned or checked yet in this scenario");
    }
    return outcome;
  }
}
