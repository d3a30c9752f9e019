package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name does not end in IT, so the build never runs it): the library
 * with {@value #ENTRIES} published entries, against a running stack, black box, with real tokens.
 *
 * <ol>
 *   <li><b>Bulk generation</b> (only what is missing, so a second run reuses the data): entries
 *       are written with multi-row SQL INSERTs straight into the stack's MariaDB, in commits of
 *       {@value #BATCH} entries, behind the application's back (no index change event).
 *   <li><b>Indexing rate</b>: the operators' rebuild ({@code POST /api/v1/library/index/rebuild})
 *       indexes the whole library from the database; timed until the index reports it done.
 *   <li><b>The real indexing path</b>: {@value #API_ENTRIES} entries contributed through the API by
 *       a focal point, each with a text file attached (text extraction + search text), approved by
 *       the reviewer (every step audited), {@value #API_CLIENTS} clients at once; then the time from
 *       each approval until a State user of another organisation finds it by its file's word (the
 *       change reaches the index through the outbox, asynchronously).
 *   <li><b>Search latency</b>: a mix of queries (common, rare, French, two-word, with and without
 *       facet filters, browsing without words) as the focal point of Senegal, so the visibility
 *       condition applies, at 1, 2, 4 and 8 concurrent clients; p50/p95/p99 per level and per query.
 *       Then the same levels with <b>varied queries</b>: each request a different query drawn at
 *       random (1 to 3 words with the texts' skew, filters, sorts, pages), so that no cache of
 *       repeated queries (Lucene's query cache keeps the matches of a query seen often) flatters
 *       the figures.
 * </ol>
 *
 * Run with {@code -Dit.test=LibrarySearchBenchmark} (docs/benchmarks.md, section library). The
 * table goes to {@code target/library-search-benchmark.md} and standard output.
 */
class LibrarySearchBenchmark {

  static final int ENTRIES = Integer.getInteger("bench.entries", 100_000);
  static final int BATCH = 1_000;
  static final int API_ENTRIES = Integer.getInteger("bench.api-entries", 100);
  static final int API_CLIENTS = 4;
  static final int[] CLIENTS =
      Arrays.stream(System.getProperty("bench.clients", "1,2,4,8").split(",")).mapToInt(Integer::parseInt).toArray();
  static final int QUERIES_PER_LEVEL = Integer.getInteger("bench.queries", 1_200);
  static final String MARKER = "Generated for the library benchmark";
  /**
   * Which phases run after the generation: {@code rebuild,api,search} by default; {@code search}
   * alone measures the search again on a stack whose index already holds the generated entries.
   */
  static final List<String> PHASES = List.of(System.getProperty("bench.phases", "rebuild,api,search").split(","));

  static final String[] STATES = {
    "NL", "FR", "SN", "AR", "JP", "DE", "BE", "ES", "IT", "PT", "BR", "MX", "CA", "KE", "NG", "ZA",
    "GH", "UG", "CI", "ML", "TN", "KR", "AU", "NZ", "CH", "AT", "SE", "NO", "FI", "DK", "PL", "RO"
  };
  static final String[] TOPICS = {
    "ASSET_RECOVERY", "FINANCIAL_INVESTIGATION", "ARREST_AND_SURRENDER",
    "WITNESS_PROTECTION_AND_RELOCATION", "ENFORCEMENT_OF_SENTENCES", "INTERIM_AND_FINAL_RELEASE",
    "PRIVILEGES_AND_IMMUNITIES", "IMPLEMENTING_LEGISLATION", "SIXTY_SIX_RECOMMENDATIONS", "OTHER"
  };
  static final String[] TYPES = {
    "LEGISLATION", "PROCEDURE", "GUIDELINE", "MODEL_AGREEMENT", "CASE_STUDY", "TRAINING_MATERIAL"
  };
  static final String[] LANGUAGES = {"en", "fr", "es", "ar", "pt", "ja"};

  /** Domain words in English and French; sampled with a Zipf-like skew, as in real text. */
  static final String[] WORDS = (
      "asset assets freezing freeze frozen seizure seize seized confiscation confiscate tracing trace"
          + " identification identify bank account accounts financial investigation intelligence unit"
          + " procedure procedures court order request requests cooperation mutual legal assistance"
          + " prosecutor prosecution judge tribunal warrant arrest surrender transfer custody witness"
          + " witnesses relocation protection enforcement sentence sentences release interim final"
          + " immunity privileges legislation statute article implementing law decree regulation"
          + " property real estate vehicle vessel aircraft company shares beneficial owner register"
          + " registry proceeds crime money laundering sanctions evidence disclosure confidentiality"
          + " deadline authority central competent ministry justice police customs tax revenue"
          + " guideline training manual model agreement case study recommendation national focal point"
          + " saisie saisies gel geler avoirs biens confiscation procédure procédures tribunal juge"
          + " demande demandes coopération entraide judiciaire enquête financière cellule renseignement"
          + " compte bancaire comptes propriétaire bénéficiaire registre société immobilier véhicule"
          + " témoin témoins réinstallation protection exécution peines libération provisoire définitive"
          + " immunités privilèges législation loi décret ministère parquet procureur mandat arrêt"
          + " remise transfert délai autorité centrale compétente douanes impôts blanchiment produit")
      .split(" ");

  static final String[] SYLLABLES = {
    "ka", "ro", "mi", "tu", "se", "la", "vo", "ne", "pi", "da", "gu", "fe", "zo", "ri", "ba", "lo"
  };

  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  /** One query of the mix: a name for the table and the query string. */
  record Q(String name, String query) {}

  static final List<Q> MIX = List.of(
      new Q("common word", "q=asset"),
      new Q("common French word", "q=saisies"),
      new Q("two words", "q=freezing+procedure"),
      new Q("three French words", "q=gel+des+avoirs+bancaires"),
      new Q("rare word", "q=kamitu"),
      new Q("word + topic", "q=confiscation&topic=ASSET_RECOVERY"),
      new Q("word + jurisdiction", "q=witness&jurisdiction=FR"),
      new Q("word + type + year", "q=tribunal&type=LEGISLATION&year=2019"),
      new Q("word + language, by title", "q=enforcement&language=fr&sort=title"),
      new Q("browse, newest", ""),
      new Q("browse topic + jurisdiction", "topic=FINANCIAL_INVESTIGATION&jurisdiction=SN"),
      new Q("word, page 3", "q=bank&offset=40"));

  @Test
  void libraryAtScale() throws Exception {
    StringBuilder report = new StringBuilder();
    try (Connection db = AuditDatabase.connect()) {
      generate(db, report);
    }
    if (PHASES.contains("rebuild")) {
      rebuildIndex(report);
    }
    if (PHASES.contains("api")) {
      realIndexingPath(report);
    }
    if (PHASES.contains("search")) {
      searchLatency(report);
    }
    Path out = Path.of("target", "library-search-benchmark.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  // ---------------------------------------------------------------- 1. bulk generation

  private void generate(Connection db, StringBuilder report) throws Exception {
    long present = count(db, "SELECT COUNT(*) FROM library_entry_version WHERE source = '" + MARKER + "'");
    report.append("## Generation\n\n").append(String.format("generated entries present before: %,d%n", present));
    if (present >= ENTRIES) {
      report.append("nothing to generate\n\n");
      return;
    }
    long base = Math.max(count(db, "SELECT COALESCE(MAX(id), 0) FROM library_entry"),
        count(db, "SELECT COALESCE(MAX(id), 0) FROM library_entry_version")) + 1;
    Random random = new Random(42 + present);
    String[] rare = new String[20_000];
    for (int i = 0; i < rare.length; i++) {
      rare[i] = pseudoWord(new Random(i));
    }
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      // The generator writes entry and version rows that point at each other in one go.
      s.execute("SET SESSION foreign_key_checks = 0");
    }
    long start = System.nanoTime();
    long done = present;
    while (done < ENTRIES) {
      int n = (int) Math.min(BATCH, ENTRIES - done);
      insertBatch(db, base, n, random, rare);
      db.commit();
      base += n;
      done += n;
      if (done % 10_000 == 0) {
        System.out.printf("generated %,d entries, %.0f/s%n", done, (done - present) / ((System.nanoTime() - start) / 1e9));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    try (Statement s = db.createStatement()) {
      s.execute("SET SESSION foreign_key_checks = 1");
    }
    db.setAutoCommit(true);
    report.append(String.format("generated %,d entries in %.1f s: %.0f entries/s (SQL, commits of %,d; not indexed yet)%n%n",
        done - present, seconds, (done - present) / seconds, BATCH));
  }

  // ---------------------------------------------------------------- 1b. the index, rebuilt

  /**
   * The bulk rows were written behind the application's back, so the index learns them from a
   * rebuild (the operators' API): this is the indexing rate of the whole library, from the
   * database rows to a searchable Lucene index.
   */
  private void rebuildIndex(StringBuilder report) throws Exception {
    String admin = TestPlatform.userToken("platform", "platform.admin");
    long start = System.nanoTime();
    HttpResponse<String> started = call("POST", "/api/v1/library/index/rebuild", admin, null, null);
    if (started.statusCode() != 202 && started.statusCode() != 409) {
      throw new AssertionError("rebuild refused: " + started.statusCode() + " " + started.body());
    }
    boolean done = Await.until(Duration.ofMinutes(30),
        () -> !LibraryApi.ok(call("GET", "/api/v1/library/index", admin, null, null), 200).get("rebuilding").asBoolean());
    JsonNode status = LibraryApi.ok(call("GET", "/api/v1/library/index", admin, null, null), 200);
    assertTrue(done, "the rebuild ends within 30 minutes: " + status);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(!status.has("lastRebuildFailure"), status.toString());
    long documents = status.get("documents").asLong();
    report.append("## Indexing: the whole library rebuilt from the database\n\n").append(String.format(
        "%,d entries indexed in %.1f s: **%.0f entries/s** (mass indexer: 2 loading threads, batches of 100)%n%n",
        documents, seconds, documents / seconds));
  }

  private void insertBatch(Connection db, long base, int n, Random random, String[] rare) throws Exception {
    StringBuilder entries = new StringBuilder(
        "INSERT INTO library_entry (id, owner_organisation, current_version_id, created_at) VALUES ");
    StringBuilder versions = new StringBuilder(
        "INSERT INTO library_entry_version (id, entry_id, version_no, status, title, summary, document_type,"
            + " source, document_date, visibility, search_text, contributor_org, contributor_realm,"
            + " contributor_subject, contributor_name, submitted_at, reviewer_realm, reviewer_subject,"
            + " reviewer_name, reviewed_at) VALUES ");
    StringBuilder jurisdictions = new StringBuilder("INSERT INTO library_version_jurisdiction (version_id, jurisdiction) VALUES ");
    StringBuilder topics = new StringBuilder("INSERT INTO library_version_topic (version_id, topic) VALUES ");
    StringBuilder languages = new StringBuilder("INSERT INTO library_version_language (version_id, language) VALUES ");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long id = base + i;
      String owner = random.nextInt(10) == 0 ? "COURT" : STATES[random.nextInt(STATES.length)];
      int v = random.nextInt(100);
      String visibility = v < 85 ? "ALL_ORGANISATIONS" : v < 93 ? "COURT_ONLY" : "PUBLIC";
      LocalDate date = LocalDate.of(1998 + random.nextInt(28), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String sep = i == 0 ? "" : ",";
      entries.append(sep).append('(').append(id).append(",'").append(owner).append("',").append(id).append(",NOW(3))");
      versions.append(sep).append('(').append(id).append(',').append(id).append(",1,'APPROVED',?,?,'")
          .append(TYPES[random.nextInt(TYPES.length)]).append("','").append(MARKER).append("','").append(date)
          .append("','").append(visibility).append("',?,'").append(owner)
          .append("','bench','bench','bench.generator',NOW(3),'court','bench','bench.reviewer',NOW(3))");
      texts.add(text(random, rare, 6 + random.nextInt(8)));   // title
      texts.add(text(random, rare, 40 + random.nextInt(40))); // summary
      texts.add(text(random, rare, 150 + random.nextInt(250))); // other summaries + file text
      List<String> js = pick(random, STATES, 1 + random.nextInt(2));
      if (!js.contains(owner) && !owner.equals("COURT")) {
        js.set(0, owner);
      }
      for (String j : new java.util.LinkedHashSet<>(js)) {
        jurisdictions.append(jurisdictions.charAt(jurisdictions.length() - 1) == ' ' ? "" : ",")
            .append('(').append(id).append(",'").append(j).append("')");
      }
      for (String t : pick(random, TOPICS, 1 + random.nextInt(2))) {
        topics.append(topics.charAt(topics.length() - 1) == ' ' ? "" : ",").append('(').append(id).append(",'").append(t).append("')");
      }
      for (String l : pick(random, LANGUAGES, 1 + (random.nextInt(4) == 0 ? 1 : 0))) {
        languages.append(languages.charAt(languages.length() - 1) == ' ' ? "" : ",").append('(').append(id).append(",'").append(l).append("')");
      }
    }
    try (Statement s = db.createStatement()) {
      s.executeUpdate(entries.toString());
    }
    try (PreparedStatement p = db.prepareStatement(versions.toString())) {
      for (int i = 0; i < texts.size(); i++) {
        p.setString(i + 1, texts.get(i));
      }
      p.executeUpdate();
    }
    try (Statement s = db.createStatement()) {
      s.executeUpdate(jurisdictions.toString());
      s.executeUpdate(topics.toString());
      s.executeUpdate(languages.toString());
    }
  }

  /** Distinct random picks of {@code k} values. */
  private static List<String> pick(Random random, String[] values, int k) {
    List<String> all = new ArrayList<>(Arrays.asList(values));
    java.util.Collections.shuffle(all, random);
    return new ArrayList<>(all.subList(0, k));
  }

  /** Words with a Zipf-like skew: domain words frequent, a long tail of pseudo-words. */
  private static String text(Random random, String[] rare, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      if (random.nextInt(3) > 0) {
        // index ~ 1/rank over the domain words
        int rank = (int) Math.floor(Math.pow(WORDS.length, random.nextDouble())) - 1;
        text.append(WORDS[rank]);
      } else {
        int rank = (int) Math.floor(Math.pow(rare.length, random.nextDouble())) - 1;
        text.append(rare[rank]);
      }
    }
    return text.toString();
  }

  private static String pseudoWord(Random random) {
    StringBuilder w = new StringBuilder();
    for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }

  private static long count(Connection db, String sql) throws Exception {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ---------------------------------------------------------------- 2. the real indexing path

  private void realIndexingPath(StringBuilder report) throws Exception {
    String run = Long.toString(System.currentTimeMillis(), 36);
    TokenSource focal = new TokenSource("state-nl", "focal.nl");
    TokenSource reviewer = new TokenSource("court", "library.reviewer");
    long[] nanos = new long[API_ENTRIES];
    long[] ids = new long[API_ENTRIES];
    long[] visible = new long[API_ENTRIES];
    TokenSource reader = new TokenSource("state-sn", "focal.sn");
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(API_CLIENTS);
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < API_CLIENTS; c++) {
        futures.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < API_ENTRIES) {
            long t0 = System.nanoTime();
            String word = word(run, i);
            JsonNode created = LibraryApi.ok(call("POST", "/api/v1/library/entries", focal.get(), "application/json",
                LibraryApi.entryJson("Benchmark entry " + i, "Procedure note for the indexing benchmark",
                    null, "NL", "ASSET_RECOVERY", "PROCEDURE", "en", "ALL_ORGANISATIONS")), 201);
            long id = created.get("id").asLong();
            LibraryApi.ok(call("POST", "/api/v1/library/entries/" + id + "/versions/1/attachments?name=note.txt",
                focal.get(), "text/plain", "The freezing order names the account " + word + " at the bank.\n"), 201);
            LibraryApi.ok(call("POST", "/api/v1/library/entries/" + id + "/versions/1/approve",
                reviewer.get(), null, null), 200);
            long approved = System.nanoTime();
            nanos[i] = approved - t0;
            ids[i] = id;
            // Approval to searchable: the change goes through the outbox to the index.
            while (LibraryApi.ok(call("GET", "/api/v1/library/entries?q=" + word, reader.get(), null, null), 200)
                .get("total").asInt() == 0) {
              if (System.nanoTime() - approved > 60_000_000_000L) {
                throw new AssertionError("entry " + i + " not searchable 60 s after its approval");
              }
            }
            visible[i] = System.nanoTime() - approved;
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(nanos);
    Arrays.sort(visible);
    report.append("## The real indexing path (API)\n\n").append(String.format(
        "%d entries, %d clients: contribute + attach a text file + approve, each step audited: %.1f s,"
            + " **%.1f entries/s**; per entry p50 %.0f ms, p95 %.0f ms.%n"
            + "From approval to found by its file's word (searching as another State): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n%n",
        API_ENTRIES, API_CLIENTS, seconds, API_ENTRIES / seconds, pct(nanos, 50), pct(nanos, 95),
        pct(visible, 50), pct(visible, 95), visible[visible.length - 1] / 1e6));
  }

  /** A unique word per entry; fixed width, so that no word is a prefix of another (searches match prefixes). */
  private static String word(String run, int i) {
    return String.format("benchidx%sq%05d", run, i);
  }

  // ---------------------------------------------------------------- 3. search latency

  private void searchLatency(StringBuilder report) throws Exception {
    TokenSource token = new TokenSource("state-sn", "focal.sn");
    // Sanity: the generated set is there, and a State never counts Court-only entries.
    JsonNode all = LibraryApi.ok(call("GET", "/api/v1/library/entries?limit=1", token.get(), null, null), 200);
    assertTrue(all.get("total").asLong() >= ENTRIES * 0.9, "total visible " + all.get("total"));
    report.append("## Search latency (focal.sn, State: visibility applies)\n\n")
        .append(String.format("visible to focal.sn: %,d entries%n%n", all.get("total").asLong()))
        .append("| concurrent clients | queries | p50 ms | p95 ms | p99 ms | max ms | queries/s |\n|---|---|---|---|---|---|---|\n");
    run(token, 2, Integer.getInteger("bench.warmup", 240)); // warm-up: JIT, InnoDB buffer pool, FULLTEXT caches
    List<long[]> perQueryAll = new ArrayList<>();
    for (int clients : CLIENTS) {
      long[][] perQuery = new long[MIX.size()][];
      long start = System.nanoTime();
      long[] nanos = run(token, clients, QUERIES_PER_LEVEL, perQuery);
      double seconds = (System.nanoTime() - start) / 1e9;
      report.append(String.format("| %d | %,d | %.1f | %.1f | %.1f | %.1f | %.0f |%n", clients, nanos.length,
          pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, nanos.length / seconds));
      if (clients == CLIENTS[Math.min(1, CLIENTS.length - 1)]) {
        perQueryAll = Arrays.asList(perQuery);
      }
    }
    report.append("\n## Search latency, varied queries (each request a different random query)\n\n")
        .append("| concurrent clients | queries | p50 ms | p95 ms | p99 ms | max ms | queries/s |\n|---|---|---|---|---|---|---|\n");
    for (int clients : CLIENTS) {
      long start = System.nanoTime();
      long[] nanos = run(token, clients, QUERIES_PER_LEVEL, new long[MIX.size()][], true);
      double seconds = (System.nanoTime() - start) / 1e9;
      report.append(String.format("| %d | %,d | %.1f | %.1f | %.1f | %.1f | %.0f |%n", clients, nanos.length,
          pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, nanos.length / seconds));
    }
    report.append("\nPer query of the fixed mix at " + CLIENTS[Math.min(1, CLIENTS.length - 1)] + " clients:\n\n| query | results | p50 ms | p95 ms |\n|---|---|---|---|\n");
    for (int q = 0; q < MIX.size(); q++) {
      long total = LibraryApi.ok(call("GET", "/api/v1/library/entries?" + MIX.get(q).query(), token.get(), null, null), 200)
          .get("total").asLong();
      long[] n = perQueryAll.get(q);
      report.append(String.format("| %s `%s` | %,d | %.1f | %.1f |%n", MIX.get(q).name(), MIX.get(q).query(), total,
          pct(n, 50), pct(n, 95)));
    }
  }

  private long[] run(TokenSource token, int clients, int total) throws Exception {
    return run(token, clients, total, new long[MIX.size()][]);
  }

  private long[] run(TokenSource token, int clients, int total, long[][] perQuery) throws Exception {
    return run(token, clients, total, perQuery, false);
  }

  /**
   * Latencies (ns, sorted) of {@code total} queries over {@code clients} clients: those of the mix
   * in turn, or ({@code varied}) a random query for each request.
   */
  private long[] run(TokenSource token, int clients, int total, long[][] perQuery, boolean varied) throws Exception {
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < total) {
            Q q = varied ? varied(new Random(VARIED_SEED + i)) : MIX.get(i % MIX.size());
            String bearer = token.get();
            long t0 = System.nanoTime();
            HttpResponse<String> r = call("GET", "/api/v1/library/entries?" + q.query(), bearer, null, null);
            nanos[i] = System.nanoTime() - t0;
            assertEquals(200, r.statusCode(), r.body());
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    for (int q = 0; q < MIX.size(); q++) {
      final int k = q;
      perQuery[q] = java.util.stream.IntStream.range(0, total).filter(i -> i % MIX.size() == k)
          .mapToLong(i -> nanos[i]).sorted().toArray();
    }
    Arrays.sort(nanos);
    return nanos;
  }

  /** Seeds the varied queries: each run draws other queries than the run before. */
  static final long VARIED_SEED = System.nanoTime();

  /**
   * A query as users might write one: 1 to 3 words, domain words (English or French) with the
   * texts' skew or, one time in three, a word of the long tail; one time in ten no words (browsing);
   * sometimes a facet filter, another sort, a later page.
   */
  static Q varied(Random random) {
    StringBuilder q = new StringBuilder();
    if (random.nextInt(10) > 0) {
      q.append("q=");
      int words = 1 + random.nextInt(3);
      for (int w = 0; w < words; w++) {
        String word = random.nextInt(3) > 0
            ? WORDS[(int) Math.floor(Math.pow(WORDS.length, random.nextDouble())) - 1]
            : pseudoWord(new Random((int) Math.floor(Math.pow(20_000, random.nextDouble())) - 1));
        q.append(w > 0 ? "+" : "").append(java.net.URLEncoder.encode(word, StandardCharsets.UTF_8));
      }
    }
    switch (random.nextInt(8)) {
      case 0 -> q.append("&topic=").append(TOPICS[random.nextInt(TOPICS.length)]);
      case 1 -> q.append("&jurisdiction=").append(STATES[random.nextInt(STATES.length)]);
      case 2 -> q.append("&type=").append(TYPES[random.nextInt(TYPES.length)]).append("&year=").append(1998 + random.nextInt(28));
      case 3 -> q.append("&language=").append(LANGUAGES[random.nextInt(LANGUAGES.length)]);
      default -> { }
    }
    switch (random.nextInt(10)) {
      case 0 -> q.append("&sort=newest");
      case 1 -> q.append("&sort=title");
      default -> { }
    }
    if (random.nextInt(5) == 0) {
      q.append("&offset=").append(20 * (1 + random.nextInt(3)));
    }
    return new Q("varied", q.toString().startsWith("&") ? q.substring(1) : q.toString());
  }

  private static double pct(long[] sortedNanos, int p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1e6;
  }

  static HttpResponse<String> call(String method, String path, String bearer, String type, String body) {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(TestPlatform.URL + path)).timeout(Duration.ofSeconds(300));
    if (bearer != null) {
      r.header("Authorization", "Bearer " + bearer);
    }
    if (type != null) {
      r.header("Content-Type", type);
    }
    r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A user's access token, renewed well before Keycloak's 5-minute lifespan ends. */
  static final class TokenSource {
    private final String realm;
    private final String user;
    private volatile String token;
    private volatile long fetched;

    TokenSource(String realm, String user) {
      this.realm = realm;
      this.user = user;
    }

    synchronized String get() {
      if (token == null || System.nanoTime() - fetched > Duration.ofMinutes(3).toNanos()) {
        token = TestPlatform.userToken(realm, user);
        fetched = System.nanoTime();
      }
      return token;
    }
  }
}
