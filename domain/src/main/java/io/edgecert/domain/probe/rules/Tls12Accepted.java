package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/** NET-TLS-001: a TLS endpoint accepts TLS 1.2, which federation with Microsoft 365 requires. */
final class Tls12Accepted implements MemberRule {

  @Override
  public RuleId id() {
    return RuleId.NET_TLS_001;
  }

  @Override
  public Finding evaluate(Member member) {
    Optional<Finding> notApplicable = notApplicable(id(), member);
    if (notApplicable.isPresent()) {
      return notApplicable.get();
    }
    String actual = accepted(member);
    if (member.observation().accepted().contains(TlsVersion.TLS_1_2)) {
      return Finding.pass(id(), member.label() + " accepts TLS 1.2", "TLS 1.2", actual);
    }
    return Finding.broken(
        id(),
        member.label()
            + " does not accept TLS 1.2: Microsoft 365 and current partners cannot federate",
        "TLS 1.2",
        actual);
  }

  /** Why a TLS version rule does not apply: no TLS (A/V Edge), or nothing reached. */
  static Optional<Finding> notApplicable(RuleId id, Member member) {
    if (!member.speaksTls()) {
      return Optional.of(Finding.notApplicable(id, "reachability only, no TLS"));
    }
    if (!member.observation().connected()) {
      return Optional.of(Finding.notApplicable(id, "not reached"));
    }
    return Optional.empty();
  }

  /** The accepted versions, oldest first, e.g. {@code TLS 1.2, TLS 1.3}; {@code (none)}. */
  static String accepted(Member member) {
    String list =
        member.observation().accepted().stream()
            .sorted(Comparator.naturalOrder())
            .map(TlsVersion::label)
            .collect(Collectors.joining(", "));
    return list.isEmpty() ? "(none)" : list;
  }
}
