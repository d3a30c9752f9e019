package icc.platform.web.library.infrastructure;

import icc.platform.web.library.domain.EntryVersion;
import icc.platform.web.library.domain.LibraryEntry;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * What the library's search index holds (docs/library.md "Full-text search"). One document per
 * entry, carrying its published version under {@value #CURRENT}: entries without a published
 * version have no visibility field and so match no reader's visibility filter.
 *
 * <p>The mapping is here, in the infrastructure, rather than as annotations on the domain classes:
 * the domain says what an entry is, this says how it is found.
 *
 * <p>Reindexing follows the entry only ({@link ReindexOnUpdate#SHALLOW}): an entry is reindexed
 * when its published version changes (approval), never because a version changed, because a
 * published version never changes (only pending ones take files; EntryVersion).
 */
public class LibrarySearchMapping implements HibernateOrmSearchMappingConfigurer {

  /**
   * The index's name, hence its folder. Bump the number with every change to this mapping or to
   * LibraryAnalysis: Lucene refuses to write a field with other settings into an existing index
   * ("cannot change field ... storeTermVector", every change then fails), so a new mapping starts
   * from a new, empty folder, which LuceneSearchIndex fills from the database at start. The old
   * folder can be deleted.
   */
  public static final String INDEX = "library-entry-5";
  public static final String CURRENT = "current";

  // Fields of the entry.
  public static final String ENTRY_ID = "entryId";
  public static final String OWNER = "owner";

  // Fields of the published version, relative to CURRENT.
  public static final String VERSION_ID = "versionId";
  public static final String VISIBILITY = "visibility";
  public static final String JURISDICTION = "jurisdiction";
  public static final String TOPIC = "topic";
  public static final String TYPE = "type";
  public static final String LANGUAGE = "language";
  public static final String DATE = "date";
  public static final String YEAR = "year";
  public static final String TITLE_SORT = "title_sort";
  /** The texts searched, each indexed in English ({@code _en}) and French ({@code _fr}). */
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  /** The summaries in other languages and the files' extracted text (EntryVersion#searchText). */
  public static final String TEXT = "text";
  /**
   * Title, summary and text in one field per language, for searching only (not stored, not
   * highlighted): whether an entry matches is decided in 2 fields (English and French) instead of
   * 6, which the search pays per matching entry (docs/benchmarks.md, library). The title fields
   * still rank (LibraryQuery#TITLE_FIELDS).
   */
  public static final String CONTENT = "content";

  /** A field's name in the index: the version's fields are under {@value #CURRENT}. */
  static String path(String field) {
    return field.equals(OWNER) || field.equals(ENTRY_ID) ? field : CURRENT + "." + field;
  }

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

    TypeMappingStep entry = mapping.type(LibraryEntry.class);
    entry.indexed().index(INDEX);
    entry.property("id").genericField(ENTRY_ID).sortable(Sortable.YES);
    entry.property("owner").keywordField(OWNER);
    entry.property("current").indexedEmbedded(CURRENT)
        .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

    TypeMappingStep version = mapping.type(EntryVersion.class);
    // Doc values, read for each hit of a page: a stored field was read from the compressed block
    // that also holds the summaries and texts (a fifth of a narrow search's time).
    version.property("id").genericField(VERSION_ID).sortable(Sortable.YES);
    version.property("visibility").keywordField(VISIBILITY);
    version.property("jurisdictions").keywordField(JURISDICTION).aggregable(Aggregable.YES);
    version.property("topics").keywordField(TOPIC).aggregable(Aggregable.YES);
    version.property("type").keywordField(TYPE).aggregable(Aggregable.YES);
    version.property("languages").keywordField(LANGUAGE).aggregable(Aggregable.YES);
    version.property("documentDate")
        .genericField(DATE).sortable(Sortable.YES)
        .genericField(YEAR).valueBridge(new YearOf()).aggregable(Aggregable.YES);
    bothLanguages(version.property("title"), TITLE)
        .keywordField(TITLE_SORT).normalizer(LibraryAnalysis.SORT).sortable(Sortable.YES);
    bothLanguages(version.property("summary"), SUMMARY);
    bothLanguages(version.property("searchText"), TEXT);
    version.binder(new ContentBinder());
  }

  /** {@value #CONTENT}: the title, summary and search text of a version, in each language's analysis. */
  static final class ContentBinder implements TypeBinder {
    @Override
    public void bind(TypeBindingContext context) {
      context.dependencies().use("title").use("summary").use("searchText");
      IndexFieldReference<String> english = context.indexSchemaElement()
          .field(CONTENT + "_en", f -> f.asString().analyzer(LibraryAnalysis.ENGLISH)).toReference();
      IndexFieldReference<String> french = context.indexSchemaElement()
          .field(CONTENT + "_fr", f -> f.asString().analyzer(LibraryAnalysis.FRENCH)).toReference();
      context.bridge(EntryVersion.class, (DocumentElement target, EntryVersion version, TypeBridgeWriteContext write) -> {
        String content = version.title() + "\n" + version.summary() + "\n" + version.searchText();
        target.addValue(english, content);
        target.addValue(french, content);
      });
    }
  }

  /**
   * A text indexed in both languages, highlightable. The term vectors with offsets let the unified
   * highlighter find the matches of a hit without analysing its stored text again: that
   * re-analysis cost about 3 ms per hit (docs/benchmarks.md, library).
   */
  private static PropertyMappingStep bothLanguages(PropertyMappingStep property, String name) {
    return property
        .fullTextField(name + "_en").analyzer(LibraryAnalysis.ENGLISH)
            .highlightable(List.of(Highlightable.UNIFIED)).termVector(TermVector.WITH_POSITIONS_OFFSETS)
        .fullTextField(name + "_fr").analyzer(LibraryAnalysis.FRENCH)
            .highlightable(List.of(Highlightable.UNIFIED)).termVector(TermVector.WITH_POSITIONS_OFFSETS);
  }

  /** The year of a document's date: the year facet and filter. */
  static final class YearOf implements ValueBridge<LocalDate, Integer> {
    @Override
    public Integer toIndexedValue(LocalDate value, ValueBridgeToIndexedValueContext context) {
      return value == null ? null : value.getYear();
    }
  }
}
