package icc.platform.web.library.domain;

import java.util.Objects;

/**
 * Who contributed or reviewed: keyed on realm and subject (DESIGN.md section 3), with the
 * organisation and user name for people reading the history.
 */
public record Person(String organisationCode, String realm, String subject, String username) {

  public Person {
    Objects.requireNonNull(organisationCode, "organisationCode");
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(username, "username");
  }

  public boolean samePersonAs(Person other) {
    return other != null && realm.equals(other.realm) && subject.equals(other.subject);
  }
}
