package io.edgecert.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.MemberReport;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvReport;
import io.edgecert.domain.probe.TlsVersion;
import java.io.IOException;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The probe report in the JSON wire contract: verdict, instant, the SRV records with their
 * findings, and every probed address with what it presented (chain as sent, TLS versions, cipher
 * suite) and its findings, written token by token to a generator.
 */
final class ProbeJson {

  private ProbeJson() {}

  static void write(ProbeReport report, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("verdict", report.verdict().code());
    json.writeStringField("at", report.at().toString());
    JsonTokens.objects("dns", report.dns(), ProbeJson::srv, json);
    JsonTokens.objects("endpoints", report.members(), ProbeJson::member, json);
    json.writeEndObject();
  }

  private static void srv(SrvReport srv, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("record", srv.lookup().name());
    json.writeStringField("domain", srv.lookup().domain());
    json.writeStringField("problem", srv.lookup().problem());
    JsonTokens.objects("answers", srv.lookup().records(), ProbeJson::answer, json);
    JsonTokens.objects("findings", srv.findings(), ReportJson::finding, json);
    json.writeEndObject();
  }

  private static void answer(SrvRecord record, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("target", record.target());
    json.writeNumberField("port", record.port());
    json.writeNumberField("priority", record.priority());
    json.writeNumberField("weight", record.weight());
    json.writeEndObject();
  }

  private static void member(MemberReport report, JsonGenerator json) throws IOException {
    Member member = report.member();
    Observation seen = member.observation();
    json.writeStartObject();
    json.writeStringField("endpoint", member.endpoint().label());
    json.writeStringField("host", member.endpoint().host());
    json.writeNumberField("port", member.endpoint().port());
    json.writeStringField("protocol", member.endpoint().protocol().code());
    json.writeStringField("purpose", member.endpoint().purpose());
    json.writeStringField("role", JsonTokens.code(member.endpoint().role()));
    json.writeStringField("address", seen.address());
    json.writeBooleanField("connected", seen.connected());
    json.writeStringField("negotiated", JsonTokens.code(seen.negotiated()));
    json.writeStringField("cipherSuite", seen.cipherSuite());
    json.writeBooleanField("clientCertificateRequested", seen.clientCertificateRequested());
    json.writeStringField("problem", seen.problem());
    json.writeStringField("subjectName", report.report().subjectName());
    json.writeStringField("thumbprint", report.report().thumbprint());
    json.writeStringField("verdict", report.report().verdict().code());
    JsonTokens.strings(
        "acceptedVersions",
        seen.accepted().stream().sorted(Comparator.naturalOrder()).toList(),
        TlsVersion::code,
        json);
    JsonTokens.strings("srvRecords", member.endpoint().srvNames(), Function.identity(), json);
    if (seen.starttls() != null) {
      json.writeObjectFieldStart("starttls");
      json.writeBooleanField("offered", seen.starttls().offered());
      json.writeBooleanField("proceeded", seen.starttls().proceeded());
      json.writeStringField("problem", seen.starttls().problem());
      json.writeEndObject();
    }
    JsonTokens.objects("chain", member.presented(), ProbeJson::certificate, json);
    JsonTokens.objects("findings", report.report().findings(), ReportJson::finding, json);
    json.writeEndObject();
  }

  private static void certificate(CertificateFacts facts, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("subject", facts.subjectDn());
    json.writeStringField("issuer", facts.issuerDn());
    json.writeStringField("serialNumber", facts.serialNumber());
    json.writeStringField(
        "notAfter", facts.notAfter() == null ? null : facts.notAfter().toString());
    json.writeStringField("sha1Thumbprint", facts.sha1Thumbprint());
    json.writeEndObject();
  }
}
