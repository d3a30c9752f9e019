package icc.platform.web.library.api;

import icc.platform.web.library.application.LibraryService;
import icc.platform.web.library.application.LibraryViews;
import icc.platform.web.library.domain.DocumentType;
import icc.platform.web.library.domain.LibraryException;
import icc.platform.web.library.domain.Topic;
import icc.platform.web.library.domain.Visibility;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contribution form: a new entry, or (with {@code id}) a new version of one, prefilled from
 * the latest version. Codes lists are typed comma-separated.
 */
@Named
@ViewScoped
public class ContributePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LibraryService library;

  private Long id;
  private String title;
  private String summary;
  private String frenchSummary;
  private String englishSummary;
  private String jurisdictions;
  private List<String> topics = new ArrayList<>();
  private String type;
  private String languages;
  private String source;
  private String documentDate;
  private String visibility = Visibility.ALL_ORGANISATIONS.name();
  private String changeNote;

  public void load() {
    if (id == null || title != null) {
      return;
    }
    try {
      LibraryViews.Version latest = library.entry(WebCaller.current(), id).shown();
      title = latest.title();
      summary = latest.summary();
      frenchSummary = latest.otherSummaries().get("fr");
      englishSummary = latest.otherSummaries().get("en");
      jurisdictions = String.join(", ", latest.jurisdictions());
      topics = new ArrayList<>(latest.topics().stream().map(Enum::name).toList());
      type = latest.type().name();
      languages = String.join(", ", latest.languages());
      source = latest.source();
      documentDate = latest.documentDate() == null ? null : latest.documentDate().toString();
      visibility = latest.visibility().name();
    } catch (LibraryException e) {
      WebCaller.error(null, e.getMessage());
    }
  }

  public String submit() {
    EntryRequest request = new EntryRequest();
    request.title = title;
    request.summary = summary;
    Map<String, String> others = new LinkedHashMap<>();
    if (frenchSummary != null && !frenchSummary.isBlank()) {
      others.put("fr", frenchSummary);
    }
    if (englishSummary != null && !englishSummary.isBlank()) {
      others.put("en", englishSummary);
    }
    request.otherSummaries = others;
    request.jurisdictions = split(jurisdictions);
    request.topics = topics;
    request.type = type;
    request.languages = split(languages);
    request.source = source;
    request.documentDate = documentDate;
    request.visibility = visibility;
    try {
      LibraryViews.Entry entry = id == null
          ? library.contribute(WebCaller.current(), request.toContent(), WebCaller.address())
          : library.propose(WebCaller.current(), id, request.toContent(), changeNote, true, WebCaller.address());
      return "/app/library/entry.xhtml?faces-redirect=true&id=" + entry.id();
    } catch (LibraryException.InvalidInput e) {
      WebCaller.error("contribute:" + e.field().replaceAll("[^A-Za-z]", ""), e.getMessage());
      WebCaller.error(null, WebCaller.text("library", "contribute.correct", fieldLabel(e.field()), e.getMessage()));
      return null;
    } catch (LibraryException e) {
      WebCaller.error(null, e.getMessage());
      return null;
    }
  }

  /** The form's label of a field named by the domain (e.g. {@code topics[0]} is "Topics"). */
  private static String fieldLabel(String field) {
    String name = field.replaceAll("[^A-Za-z].*$", "");
    return switch (name) {
      case "title", "summary", "jurisdictions", "topics", "type", "languages", "source", "visibility" ->
          WebCaller.text("library", "contribute." + name);
      case "documentDate" -> WebCaller.text("library", "contribute.date");
      case "otherSummaries" -> WebCaller.text("library", "contribute.frenchSummary");
      default -> field;
    };
  }

  private static List<String> split(String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(codes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  public Topic[] getTopicValues() { return Topic.values(); }
  public DocumentType[] getTypeValues() { return DocumentType.values(); }
  public Visibility[] getVisibilityValues() { return Visibility.values(); }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public String getFrenchSummary() { return frenchSummary; }
  public void setFrenchSummary(String frenchSummary) { this.frenchSummary = frenchSummary; }
  public String getEnglishSummary() { return englishSummary; }
  public void setEnglishSummary(String englishSummary) { this.englishSummary = englishSummary; }
  public String getJurisdictions() { return jurisdictions; }
  public void setJurisdictions(String jurisdictions) { this.jurisdictions = jurisdictions; }
  public List<String> getTopics() { return topics; }
  public void setTopics(List<String> topics) { this.topics = topics; }
  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
  public String getLanguages() { return languages; }
  public void setLanguages(String languages) { this.languages = languages; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public String getDocumentDate() { return documentDate; }
  public void setDocumentDate(String documentDate) { this.documentDate = documentDate; }
  public String getVisibility() { return visibility; }
  public void setVisibility(String visibility) { this.visibility = visibility; }
  public String getChangeNote() { return changeNote; }
  public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
}
