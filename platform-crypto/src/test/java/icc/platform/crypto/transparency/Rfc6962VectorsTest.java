package icc.platform.crypto.transparency;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every official RFC 6962 proof vector of transparency-dev/merkle ({@code
 * src/test/resources/rfc6962/testdata}) through {@link ProofVerifier}, and checks that {@link
 * MerkleTree} produces the happy-path proofs itself from the eight classic leaves.
 */
class Rfc6962VectorsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The 8 leaves behind the vectors (README of the vectors). */
  static final List<byte[]> LEAVES =
      Stream.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
              "606162636465666768696a6b6c6d6e6f")
          .map(HexFormat.of()::parseHex)
          .toList();

  private static Path testdata() throws URISyntaxException {
    URL url = Rfc6962VectorsTest.class.getResource("/rfc6962/testdata");
    if (url == null) {
      throw new IllegalStateException("rfc6962/testdata is not on the test class path");
    }
    return Path.of(url.toURI());
  }

  private static List<Path> files(String kind) throws IOException, URISyntaxException {
    try (Stream<Path> walk = Files.walk(testdata().resolve(kind))) {
      return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void allVectorFilesArePresent() throws Exception {
    // 98 inclusion and 98 consistency files at commit 417fb0c: a lost file must fail a test.
    assertEquals(98, files("inclusion").size());
    assertEquals(98, files("consistency").size());
  }

  @TestFactory
  Stream<DynamicTest> inclusionVectors() throws Exception {
    Path root = testdata();
    return files("inclusion").stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    root.relativize(file).toString(), () -> runInclusion(file)));
  }

  @TestFactory
  Stream<DynamicTest> consistencyVectors() throws Exception {
    Path root = testdata();
    return files("consistency").stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    root.relativize(file).toString(), () -> runConsistency(file)));
  }

  private static void runInclusion(Path file) throws Exception {
    JsonNode v = JSON.readTree(file.toFile());
    long leafIdx = v.get("leafIdx").asLong();
    long treeSize = v.get("treeSize").asLong();
    byte[] root = b64(v.get("root"));
    byte[] leafHash = b64(v.get("leafHash"));
    List<byte[]> proof = hashes(v.get("proof"));
    if (v.get("wantErr").asBoolean()) {
      assertThrows(
          ProofException.class,
          () -> ProofVerifier.verifyInclusion(leafIdx, treeSize, leafHash, proof, root),
          v.get("desc").asText());
    } else {
      assertDoesNotThrow(
          () -> ProofVerifier.verifyInclusion(leafIdx, treeSize, leafHash, proof, root));
    }
  }

  private static void runConsistency(Path file) throws Exception {
    JsonNode v = JSON.readTree(file.toFile());
    long size1 = v.get("size1").asLong();
    long size2 = v.get("size2").asLong();
    byte[] root1 = b64(v.get("root1"));
    byte[] root2 = b64(v.get("root2"));
    List<byte[]> proof = hashes(v.get("proof"));
    if (v.get("wantErr").asBoolean()) {
      assertThrows(
          ProofException.class,
          () -> ProofVerifier.verifyConsistency(size1, size2, proof, root1, root2),
          v.get("desc").asText());
    } else {
      assertDoesNotThrow(() -> ProofVerifier.verifyConsistency(size1, size2, proof, root1, root2));
    }
  }

  /** Our tree gives back, bit for bit, the roots and proofs of every happy-path vector. */
  @Test
  void merkleTreeReproducesHappyPathVectors() throws Exception {
    MerkleTree tree = new MerkleTree(new InMemoryNodeStore());
    for (byte[] leaf : LEAVES) {
      tree.append(leaf);
    }
    int checked = 0;
    for (Path file : files("inclusion")) {
      JsonNode v = JSON.readTree(file.toFile());
      if (!file.getFileName().toString().equals("happy-path.json")) {
        continue;
      }
      long leafIdx = v.get("leafIdx").asLong();
      long treeSize = v.get("treeSize").asLong();
      assertEquals(v.get("root").asText(), b64(tree.rootHash(treeSize)));
      assertEquals(v.get("leafHash").asText(), b64(Rfc6962Hasher.leafHash(LEAVES.get((int) leafIdx))));
      assertEquals(texts(v.get("proof")), b64(tree.inclusionProof(leafIdx, treeSize)));
      checked++;
    }
    for (Path file : files("consistency")) {
      JsonNode v = JSON.readTree(file.toFile());
      if (!file.getFileName().toString().equals("happy-path.json")) {
        continue;
      }
      long size1 = v.get("size1").asLong();
      long size2 = v.get("size2").asLong();
      assertEquals(v.get("root1").asText(), b64(tree.rootHash(size1)));
      assertEquals(v.get("root2").asText(), b64(tree.rootHash(size2)));
      assertEquals(texts(v.get("proof")), b64(tree.consistencyProof(size1, size2)));
      checked++;
    }
    assertEquals(10, checked);
  }

  @Test
  void emptyTreeRootIsSha256OfNothing() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        HexFormat.of().formatHex(Rfc6962Hasher.emptyRoot()));
  }

  @Test
  void rootsOfTheClassicLeavesMatchTheGoTestSuite() throws Exception {
    // proof/verify_test.go of transparency-dev/merkle: roots of the first 1..8 leaves.
    List<String> expected =
        List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    MerkleTree tree = new MerkleTree(new InMemoryNodeStore());
    for (int i = 0; i < LEAVES.size(); i++) {
      tree.append(LEAVES.get(i));
      assertEquals(expected.get(i), HexFormat.of().formatHex(tree.rootHash(i + 1)));
      assertTrue(tree.size() == i + 1);
    }
  }

  private static byte[] b64(JsonNode node) {
    return node == null || node.isNull() ? null : Base64.getDecoder().decode(node.asText());
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static List<String> b64(List<byte[]> hashes) {
    return hashes.stream().map(Rfc6962VectorsTest::b64).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && !array.isNull()) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  /** A JSON null proof is Go's nil slice: the empty proof. */
  private static List<byte[]> hashes(JsonNode array) {
    List<byte[]> out = new ArrayList<>();
    if (array != null && !array.isNull()) {
      array.forEach(n -> out.add(Base64.getDecoder().decode(n.asText())));
    }
    return out;
  }
}
