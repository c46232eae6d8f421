package io.edgecert.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a user's own text a message may repeat: PEM blocks (a private key pasted where a name
 * goes) and long runs of base64 are replaced by a short description, and the text is cut after
 * {@link #MAX_CHARS} characters, so that an input error never echoes key material and is never much
 * larger than a page whatever was sent.
 */
public final class ShownText {
  /** The most characters of a message or input name shown. */
  public static final int MAX_CHARS = 1000;

  private static final String BEGIN = "-----BEGIN ";
  private static final Pattern PEM =
      Pattern.compile(
          "-----BEGIN ([^-\\r\\n]{1,64})-----.*?(?:-----END \\1-----|\\z)", Pattern.DOTALL);

  /** Base64 with upper and lower case letters and a digit: key material, not a name or a hash. */
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{40,}=*");

  private ShownText() {}

  /** The text as a message may show it; null stays null. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    String shown = text;
    if (shown.contains(BEGIN)) {
      shown =
          PEM.matcher(shown)
              .replaceAll(
                  pem -> Matcher.quoteReplacement("(PEM text: " + pem.group(1) + ", not shown)"));
    }
    Matcher base64 = BASE64.matcher(shown);
    StringBuilder kept = new StringBuilder();
    while (base64.find()) {
      String run = base64.group();
      String replacement =
          isKeyMaterial(run) ? "(" + run.length() + " characters of base64, not shown)" : run;
      base64.appendReplacement(kept, Matcher.quoteReplacement(replacement));
    }
    base64.appendTail(kept);
    shown = kept.toString();
    if (shown.length() > MAX_CHARS) {
      int more = shown.length() - MAX_CHARS;
      shown = shown.substring(0, MAX_CHARS) + "... (" + more + " more characters not shown)";
    }
    return shown;
  }

  /** Upper and lower case letters and a digit: key material, not a name or a hexadecimal hash. */
  private static boolean isKeyMaterial(String run) {
    return run.chars().anyMatch(Character::isDigit)
        && run.chars().anyMatch(c -> c >= 'a' && c <= 'z')
        && run.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
  }
}
