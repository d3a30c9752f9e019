package icc.platform.web.library.infrastructure;

import icc.platform.web.library.domain.DocumentType;
import icc.platform.web.library.domain.EntryVersion;
import icc.platform.web.library.domain.LibraryEntry;
import icc.platform.web.library.domain.LibraryRepository;
import icc.platform.web.library.domain.ModerationStatus;
import icc.platform.web.library.domain.StoredFile;
import icc.platform.web.library.domain.Topic;
import icc.platform.web.library.domain.VersionListing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

@ApplicationScoped
public class JpaLibraryRepository implements LibraryRepository {

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Override
  public Optional<LibraryEntry> findEntry(long id) {
    return Optional.ofNullable(em.find(LibraryEntry.class, id));
  }

  @Override
  public Optional<LibraryEntry> findEntryForUpdate(long id) {
    return Optional.ofNullable(em.find(LibraryEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(LibraryEntry entry) {
    em.persist(entry);
    em.flush();
  }

  @Override
  public void storeFile(StoredFile file) {
    if (em.find(StoredFileFacts.class, file.sha256()) == null) {
      em.persist(file);
      em.flush();
    }
  }

  @Override
  public Map<String, FileFacts> fileFacts(Collection<String> sha256s) {
    Map<String, FileFacts> facts = new HashMap<>();
    if (sha256s.isEmpty()) {
      return facts;
    }
    em.createQuery(
            "select f.sha256, f.mediaType, f.size from StoredFileFacts f where f.sha256 in :hashes",
            Object[].class)
        .setParameter("hashes", sha256s)
        .getResultList()
        .forEach(r -> facts.put((String) r[0], new FileFacts((String) r[1], ((Number) r[2]).longValue())));
    return facts;
  }

  @Override
  public List<String> extractedTexts(List<String> sha256s) {
    if (sha256s.isEmpty()) {
      return List.of();
    }
    Map<String, String> texts = new HashMap<>();
    em.createNativeQuery("select sha256, extracted_text from library_file where sha256 in (:hashes)", Object[].class)
        .setParameter("hashes", sha256s)
        .getResultList()
        .forEach(r -> texts.put((String) ((Object[]) r)[0], (String) ((Object[]) r)[1]));
    List<String> ordered = new ArrayList<>();
    sha256s.forEach(h -> ordered.add(texts.getOrDefault(h, "")));
    return ordered;
  }

  @Override
  public Optional<byte[]> fileContent(String sha256) {
    List<?> rows =
        em.createNativeQuery("select content from library_file where sha256 = :hash")
            .setParameter("hash", sha256)
            .getResultList();
    return rows.stream().findFirst().map(r -> (byte[]) r);
  }

  @Override
  public List<EntryVersion> pendingVersions(int limit) {
    return em.createQuery(
            "select v from EntryVersion v where v.status = :pending order by v.submittedAt", EntryVersion.class)
        .setParameter("pending", ModerationStatus.PENDING)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<LibraryEntry> entriesOwnedBy(String organisationCode, int limit) {
    return em.createQuery(
            "select e from LibraryEntry e where e.owner = :owner order by e.createdAt desc", LibraryEntry.class)
        .setParameter("owner", organisationCode)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<VersionListing> listings(Collection<Long> versionIds) {
    if (versionIds.isEmpty()) {
      return List.of();
    }
    // One statement for a page of hits (the sets as lists in their key order), and not the
    // version's search_text: it can be megabytes.
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("""
        SELECT v.entry_id, v.id, v.version_no, v.title, v.document_type, v.document_date, e.owner_organisation,
               v.summary,
               (SELECT GROUP_CONCAT(j.jurisdiction ORDER BY j.jurisdiction SEPARATOR ',')
                  FROM library_version_jurisdiction j WHERE j.version_id = v.id),
               (SELECT GROUP_CONCAT(t.topic ORDER BY t.topic SEPARATOR ',')
                  FROM library_version_topic t WHERE t.version_id = v.id),
               (SELECT GROUP_CONCAT(l.language ORDER BY l.language SEPARATOR ',')
                  FROM library_version_language l WHERE l.version_id = v.id)
          FROM library_entry_version v JOIN library_entry e ON e.id = v.entry_id
         WHERE v.id IN (:ids)""")
        .setParameter("ids", versionIds)
        .getResultList();
    return rows.stream().map(JpaLibraryRepository::listing).toList();
  }

  private static VersionListing listing(Object[] row) {
    return new VersionListing(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).intValue(),
        (String) row[3],
        DocumentType.valueOf((String) row[4]),
        codes(row[8], s -> s),
        codes(row[9], Topic::valueOf),
        codes(row[10], s -> s),
        localDate(row[5]),
        (String) row[6],
        (String) row[7]);
  }

  /** A DATE column as the driver gives it through Hibernate (java.sql.Date, or already a LocalDate). */
  private static LocalDate localDate(Object value) {
    return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }

  private static <T> Set<T> codes(Object list, Function<String, T> parse) {
    Set<T> codes = new LinkedHashSet<>();
    if (list != null) {
      for (String code : list.toString().split(",")) {
        codes.add(parse.apply(code));
      }
    }
    return codes;
  }

  @Override
  public long countEntries() {
    return em.createQuery("select count(e) from LibraryEntry e", Long.class).getSingleResult();
  }
}
