package icc.platform.web.profile.domain;

/** Writes a profile's content as the JSON stored with each version, and reads it back. */
public interface ProfileCodec {

  String write(ProfileContent content);

  ProfileContent read(String json);
}
