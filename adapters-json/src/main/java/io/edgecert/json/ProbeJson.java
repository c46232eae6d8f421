package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.MemberReport;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvReport;
import io.edgecert.domain.probe.TlsVersion;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The probe report in the JSON wire contract: verdict, instant, the SRV records with their
 * findings, and every probed address with what it presented (chain as sent, TLS versions, cipher
 * suite) and its findings.
 */
final class ProbeJson {

  private ProbeJson() {}

  static ObjectNode of(ProbeReport report) {
    ObjectNode root =
        JsonTrees.object()
            .put("verdict", report.verdict().code())
            .put("at", report.at().toString());
    root.set("dns", JsonTrees.objects(report.dns(), ProbeJson::srv));
    root.set("endpoints", JsonTrees.objects(report.members(), ProbeJson::member));
    return root;
  }

  private static JsonNode srv(SrvReport srv) {
    ObjectNode node =
        JsonTrees.object()
            .put("record", srv.lookup().name())
            .put("domain", srv.lookup().domain())
            .put("problem", srv.lookup().problem());
    node.set("answers", JsonTrees.objects(srv.lookup().records(), ProbeJson::answer));
    node.set("findings", JsonTrees.objects(srv.findings(), ReportJson::finding));
    return node;
  }

  private static JsonNode answer(SrvRecord record) {
    return JsonTrees.object()
        .put("target", record.target())
        .put("port", record.port())
        .put("priority", record.priority())
        .put("weight", record.weight());
  }

  private static JsonNode member(MemberReport report) {
    Member member = report.member();
    Observation seen = member.observation();
    ObjectNode node =
        JsonTrees.object()
            .put("endpoint", member.endpoint().label())
            .put("host", member.endpoint().host())
            .put("port", member.endpoint().port())
            .put("protocol", member.endpoint().protocol().code())
            .put("purpose", member.endpoint().purpose())
            .put("role", JsonTrees.code(member.endpoint().role()))
            .put("address", seen.address())
            .put("connected", seen.connected())
            .put("negotiated", JsonTrees.code(seen.negotiated()))
            .put("cipherSuite", seen.cipherSuite())
            .put("clientCertificateRequested", seen.clientCertificateRequested())
            .put("problem", seen.problem())
            .put("subjectName", report.report().subjectName())
            .put("thumbprint", report.report().thumbprint())
            .put("verdict", report.report().verdict().code());
    node.set(
        "acceptedVersions",
        JsonTrees.strings(
            seen.accepted().stream().sorted(Comparator.naturalOrder()).toList(), TlsVersion::code));
    node.set("srvRecords", JsonTrees.strings(member.endpoint().srvNames(), Function.identity()));
    if (seen.starttls() != null) {
      node.set(
          "starttls",
          JsonTrees.object()
              .put("offered", seen.starttls().offered())
              .put("proceeded", seen.starttls().proceeded())
              .put("problem", seen.starttls().problem()));
    }
    node.set("chain", JsonTrees.objects(member.presented(), ProbeJson::certificate));
    node.set("findings", JsonTrees.objects(report.report().findings(), ReportJson::finding));
    return node;
  }

  private static JsonNode certificate(CertificateFacts facts) {
    return JsonTrees.object()
        .put("subject", facts.subjectDn())
        .put("issuer", facts.issuerDn())
        .put("serialNumber", facts.serialNumber())
        .put("notAfter", facts.notAfter() == null ? null : facts.notAfter().toString())
        .put("sha1Thumbprint", facts.sha1Thumbprint());
  }
}
