package icc.platform.web.library.infrastructure;

import icc.platform.web.library.domain.EntryVersion;
import icc.platform.web.library.domain.LibraryEntry;
import icc.platform.web.library.domain.LibraryRepository;
import icc.platform.web.library.domain.ModerationStatus;
import icc.platform.web.library.domain.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  public List<EntryVersion> versions(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select v from EntryVersion v where v.id in :ids", EntryVersion.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public long countEntries() {
    return em.createQuery("select count(e) from LibraryEntry e", Long.class).getSingleResult();
  }
}
