package icc.platform.web.library.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Library entries and file contents. */
public interface LibraryRepository {

  Optional<LibraryEntry> findEntry(long id);

  /** The entry, locked for update (so two decisions on it cannot interleave on any node). */
  Optional<LibraryEntry> findEntryForUpdate(long id);

  void add(LibraryEntry entry);

  /** Stores a file's content unless a file with the same hash is already stored. */
  void storeFile(StoredFile file);

  /** Media type and size of stored files, by hash, without loading their content. */
  Map<String, FileFacts> fileFacts(Collection<String> sha256s);

  /** Extracted text of stored files, in the order of the given hashes. */
  List<String> extractedTexts(List<String> sha256s);

  Optional<byte[]> fileContent(String sha256);

  /** Pending versions, oldest first (the moderation queue). */
  List<EntryVersion> pendingVersions(int limit);

  /** Entries whose latest version was contributed by the given organisation, newest first. */
  List<LibraryEntry> entriesOwnedBy(String organisationCode, int limit);

  /** What a result list shows of these versions, in no particular order (unknown ids are left out). */
  List<VersionListing> listings(Collection<Long> versionIds);

  long countEntries();

  /** What a listing needs to know about a stored file. */
  record FileFacts(String mediaType, long size) {}
}
