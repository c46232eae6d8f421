package io.edgecert.domain.rules;

import java.util.Objects;

/**
 * One source a rule cites, resolved through the {@link SourceRegister}: its key as the catalogue
 * writes it (S10, K2, P1 ...), the page's title, URL and date, what that date is, and the part of
 * the page the rule points at (a parameter or an ambiguity record; empty when none).
 *
 * @param dateKind {@code last-modified} (the page's own date), {@code published} (a dated article)
 *     or {@code retrieved} (a page updated in place: the day the reference was read)
 */
public record SourceReference(
    String key, String title, String url, String date, String dateKind, String note) {

  public SourceReference {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateKind, "dateKind");
    Objects.requireNonNull(note, "note");
  }

  /** "S10 Certificate infrastructure requirements ... (last-modified 2016-06-23)", no URL. */
  public String describe() {
    return key
        + (note.isEmpty() ? "" : " (" + note + ")")
        + ": "
        + title
        + ", "
        + dateKind
        + " "
        + date;
  }
}
