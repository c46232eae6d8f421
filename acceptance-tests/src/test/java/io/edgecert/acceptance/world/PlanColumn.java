package io.edgecert.acceptance.world;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The compared columns of a page's certificate table: how a cell reads, where the plan has it. */
enum PlanColumn {
  COMPONENT("Component"),
  SUBJECT("Subject name"),
  SANS("SANs"),
  EKU("EKU"),
  CA("CA"),
  NOTES("Notes");

  static final String EXPORTABLE = "exportable key";
  static final String SHARED = "shared by pool members";

  /** The pages' words for "no SAN". */
  private static final List<String> NO_SAN = List.of("No SAN required", "NA", "none", "");

  private static final Map<String, List<String>> EKUS =
      Map.of(
          "Server", List.of("serverAuth"), "Server + Client", List.of("clientAuth", "serverAuth"));

  private static final Map<String, String> CAS =
      Map.of(
          "Public", "public",
          "Public or private", "public-or-private",
          "Public or internal", "public-or-private");

  private final String header;

  PlanColumn(String header) {
    this.header = header;
  }

  static PlanColumn of(String header) {
    return Arrays.stream(values())
        .filter(column -> column.header.equals(header))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown column '" + header + "'"));
  }

  /** How this column reads, with SANs in order or as a set. */
  Reading reading(boolean sanOrder) {
    return new Reading(this, sanOrder);
  }

  /** A column read with the table's SAN comparison. */
  record Reading(PlanColumn column, boolean sanOrder) {
    Object expected(String cell) {
      return column.expected(cell, sanOrder);
    }

    Object actual(JsonNode certificate) {
      return column.actual(certificate, sanOrder);
    }
  }

  Object expected(String cell, boolean sanOrder) {
    String text = cell == null ? "" : cell.strip();
    switch (this) {
      case SANS:
        List<String> names = NO_SAN.contains(text) ? List.of() : List.of(text.split("\\s*,\\s*"));
        return sanOrder ? names : List.copyOf(new TreeSet<>(names));
      case EKU:
        return Labels.lookUp(EKUS, "EKU", text);
      case CA:
        return Labels.lookUp(CAS, "CA", text);
      case NOTES:
        return notes(text);
      default:
        return text;
    }
  }

  Object actual(JsonNode certificate, boolean sanOrder) {
    switch (this) {
      case COMPONENT:
        return certificate.path("component").asText();
      case SUBJECT:
        return certificate.path("subjectName").asText();
      case SANS:
        List<String> names = texts(certificate.path("subjectAlternativeNames"), "dnsName");
        return sanOrder ? names : List.copyOf(new TreeSet<>(names));
      case EKU:
        return List.copyOf(new TreeSet<>(texts(certificate.path("extendedKeyUsages"), null)));
      case CA:
        return certificate.path("certificateAuthority").asText();
      default:
        return actualNotes(certificate);
    }
  }

  /** The checkable notes of a cell, comma-separated, in a fixed order. */
  private static List<String> notes(String cell) {
    List<String> notes = CertificateLabels.names(cell);
    for (String note : notes) {
      if (!note.equals(EXPORTABLE) && !note.equals(SHARED)) {
        throw new IllegalArgumentException(
            "unknown note '" + note + "'; known: " + EXPORTABLE + " | " + SHARED);
      }
    }
    return List.copyOf(new TreeSet<>(notes));
  }

  private static List<String> actualNotes(JsonNode certificate) {
    List<String> notes = new ArrayList<>();
    if (certificate.path("privateKeyExportable").asBoolean()) {
      notes.add(EXPORTABLE);
    }
    if (certificate.path("sharedByPoolMembers").asBoolean()) {
      notes.add(SHARED);
    }
    return List.copyOf(new TreeSet<>(notes));
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(field == null ? item.asText() : item.path(field).asText()));
    return texts;
  }
}
