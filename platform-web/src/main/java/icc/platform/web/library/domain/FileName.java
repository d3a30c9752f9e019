package icc.platform.web.library.domain;

import java.util.Locale;

/** Cleans the name a file is downloaded under: no path, no control or quoting characters. */
public final class FileName {

  public static final int MAX = 200;

  private FileName() {}

  /** The name without any directory part, control characters, quotes or backslashes. */
  public static String clean(String given) {
    if (given == null || given.isBlank()) {
      throw new LibraryException.InvalidInput("fileName", "the file needs a name, e.g. procedure.pdf");
    }
    String name = given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .filter(c -> c >= 0x20 && c != 0x7f && c != '"' && c != ';' && !Character.isISOControl(c))
        .forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    if (result.isEmpty() || result.equals(".") || result.equals("..")) {
      throw new LibraryException.InvalidInput("fileName", "the file name is empty once cleaned: " + given);
    }
    if (result.length() > MAX) {
      throw new LibraryException.InvalidInput("fileName", "the file name is longer than " + MAX + " characters");
    }
    return result;
  }

  /** The extension in lower case without the dot, or an empty string. */
  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
