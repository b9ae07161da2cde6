package io.github.colophon.core.model;

import java.util.Map;

/**
 * Every number in the publication, keyed by element id (which is the author's label where one is
 * given). Immutable.
 *
 * @param byId numbered elements and unit titles by id
 * @param byLabel the same entries by author label, including colon-form aliases
 */
public record Numbering(Map<String, Numbered> byId, Map<String, Numbered> byLabel) {
  public Numbering {
    byId = Map.copyOf(byId);
    byLabel = Map.copyOf(byLabel);
  }

  public Numbered forId(String id) {
    return byId.get(id);
  }

  public Numbered forLabel(String label) {
    return byLabel.get(label);
  }
}
