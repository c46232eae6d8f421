package io.edgecert.acceptance.world;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.edgecert.acceptance.driver.TopologyText;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The topology a scenario describes in business terms, kept as the tree of a topology file (format
 * version 1, docs/topology.md) and written as the YAML an administrator would write.
 */
public final class TopologyDraft {
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .build();

  private final ObjectNode root = JsonNodeFactory.instance.objectNode().put("version", 1);

  /** Sets {@code key} of the section {@code section} ("" for the top level). */
  public void put(String section, String key, String value) {
    section(section).put(key, value);
  }

  public void put(String section, String key, boolean value) {
    section(section).put(key, value);
  }

  /** Sets {@code key} of {@code section} to a list of names. */
  public void putList(String section, String key, List<String> values) {
    ArrayNode list = section(section).putArray(key);
    values.forEach(list::add);
  }

  /** The mapping {@code path} (dotted, such as {@code federation.xmpp}), made when missing. */
  public ObjectNode section(String path) {
    ObjectNode node = root;
    if (path.isEmpty()) {
      return node;
    }
    for (String key : path.split("\\.")) {
      node = node.has(key) ? (ObjectNode) node.get(key) : node.putObject(key);
    }
    return node;
  }

  public TopologyText toYaml() {
    try {
      return new TopologyText(YAML.writeValueAsString(root), TopologyText.Syntax.YAML);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
