package icc.platform.web.request.domain;

/** A challenge code as the requested State records it; {@code assetId} null for the request as a whole. */
public record ChallengeInput(ChallengeCode code, String details, String assetId) {

  ChallengeInput checked(String path, CooperationRequest request) {
    if (code == null) {
      throw new RequestException.InvalidInput(path + ".code", "required: one of " + java.util.Arrays.toString(ChallengeCode.values()));
    }
    String a = assetId == null || assetId.isBlank() ? null : assetId.strip();
    if (a != null && request.findAsset(a).isEmpty()) {
      throw new RequestException.InvalidInput(path + ".assetId", "not an asset of this request");
    }
    return new ChallengeInput(code, Texts.text(path + ".details", details, Challenge.DETAILS_MAX), a);
  }
}
