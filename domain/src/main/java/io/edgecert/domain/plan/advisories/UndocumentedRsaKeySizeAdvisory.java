package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.RsaKeySizes;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;

/**
 * GEN-KEY-001 (S10, P1 -KeySize): 1024, 2048 and 4096 bits are the documented RSA sizes; another
 * size of 2048 bits or more is not forbidden but draws a warning, since Request-CsCertificate
 * -KeySize offers only the documented ones.
 */
public final class UndocumentedRsaKeySizeAdvisory implements AdvisoryRule {

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_001;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    int size = topology.certificates().keySize();
    if (topology.certificates().keyAlgorithm().isElliptic()
        || RsaKeySizes.DOCUMENTED.contains(size)) {
      return Optional.empty();
    }
    return Optional.of(
        Advisory.of(
            id(),
            "RSA "
                + size
                + "-bit keys are"
                + " not a documented size (1024, 2048, 4096); Request-CsCertificate -KeySize does not offer"
                + " it, so make the request off the Edge (edgecert request, certreq), or choose 2048 or"
                + " 4096"));
  }
}
