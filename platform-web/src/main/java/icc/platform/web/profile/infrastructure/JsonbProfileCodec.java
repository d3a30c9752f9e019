package icc.platform.web.profile.infrastructure;

import icc.platform.web.profile.domain.ProfileCodec;
import icc.platform.web.profile.domain.ProfileContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** JSON-B (the server's own binding) for the stored profile documents. */
@ApplicationScoped
public class JsonbProfileCodec implements ProfileCodec {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  @Override
  public String write(ProfileContent content) {
    return JSONB.toJson(content);
  }

  @Override
  public ProfileContent read(String json) {
    return JSONB.fromJson(json, ProfileContent.class);
  }
}
