package uk.dsp.inventory.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md cannot drift from the code: its list of packages is made from their package-info files, and its
 * table of which capability imports which from the sources. When one differs, the failure shows the text to paste.
 */
class ArchitectureDocTest {

    private static final Path DOC = Path.of("..", "docs", "architecture.md");
    private static final String ROOT = "uk.dsp.inventory.";
    private static final Map<String, Path> MODULES = modules();
    private static final String PACKAGES = "packages: generated from the package-info files by ArchitectureDocTest";
    private static final String IMPORTS = "capability imports: generated from the sources by ArchitectureDocTest";
    private static final String MIGRATIONS = "migrations: generated from their first comments by ArchitectureDocTest";
    private static final Path MIGRATION_DIR = Path.of("..", "ejb", "src", "main", "resources", "db", "migration");
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?uk\\.dsp\\.inventory\\.([a-z]+)(\\.[a-z]+)?", Pattern.MULTILINE);
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

    @Test
    void everyPackageSaysWhatItHolds() {
        forEachPackage((module, name, dir) -> assertThat(javadoc(dir))
                .as(module + ": " + name + "/package-info.java says what the package holds")
                .isNotBlank());
    }

    @Test
    void theDocListsEveryPackageAsItsPackageInfoDescribesIt() {
        StringBuilder table = new StringBuilder("| Package | Module | What it holds |\n|---|---|---|\n");
        forEachPackage((module, name, dir) -> table.append("| `")
                .append(name)
                .append("` | ")
                .append(module)
                .append(" | ")
                .append(javadoc(dir).replace("|", "\\|"))
                .append(" |\n"));
        assertThat(block(PACKAGES))
                .as("docs/architecture.md's list of packages; replace it with this")
                .isEqualTo(table.toString().strip());
    }

    @Test
    void theDocShowsWhichCapabilityImportsWhich() {
        StringBuilder table = new StringBuilder("| Capability | Imports |\n|---|---|\n");
        imports()
                .forEach((capability, imported) -> table.append("| `")
                        .append(capability)
                        .append("` | ")
                        .append(imported.isEmpty() ? "nothing of ours" : "`" + String.join("`, `", imported) + "`")
                        .append(" |\n"));
        assertThat(block(IMPORTS))
                .as("docs/architecture.md's table of capability imports; replace it with this")
                .isEqualTo(table.toString().strip());
    }

    @Test
    void theDocListsEveryMigrationByItsFirstComment() throws IOException {
        Map<Integer, String> rows = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATION_DIR)) {
            files.forEach(file -> {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                assertThat(name.matches())
                        .as(file + " is named V<n>__<what>.sql")
                        .isTrue();
                rows.put(
                        Integer.valueOf(name.group(1)),
                        "| `" + file.getFileName() + "` | " + firstSentence(file) + " |");
            });
        }
        String table = "| Migration | What it adds |\n|---|---|\n" + String.join("\n", rows.values());
        assertThat(block(MIGRATIONS))
                .as("docs/architecture.md's list of migrations; replace it with this")
                .isEqualTo(table);
    }

    @Test
    void capabilitiesImportEachOtherInOneDirectionOnly() {
        Map<String, Set<String>> imports = imports();
        for (String start : imports.keySet()) {
            Deque<List<String>> paths = new ArrayDeque<>(List.of(List.of(start)));
            Set<String> seen = new TreeSet<>();
            while (!paths.isEmpty()) {
                List<String> path = paths.pop();
                for (String next : imports.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    assertThat(next)
                            .as("a circle: " + String.join(" -> ", path) + " -> " + next)
                            .isNotEqualTo(start);
                    if (seen.add(next)) {
                        paths.push(Stream.concat(path.stream(), Stream.of(next)).toList());
                    }
                }
            }
        }
    }

    /** A capability is a top-level package of the core, or a channel of the edges ({@code interfaces.duis}). */
    private static Map<String, Set<String>> imports() {
        Map<String, Set<String>> imports = new TreeMap<>();
        forEachPackage((module, name, dir) -> {
            String capability = capability(name);
            Set<String> imported = imports.computeIfAbsent(capability, c -> new TreeSet<>());
            for (Path source : sources(dir)) {
                Matcher matcher = IMPORT.matcher(read(source));
                while (matcher.find()) {
                    String target = capability(matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2)));
                    if (!target.equals(capability) && !target.equals("contract")) {
                        imported.add(target);
                    }
                }
            }
        });
        return imports;
    }

    private static String capability(String name) {
        String[] parts = name.split("\\.");
        return parts[0].equals("interfaces") && parts.length > 1 ? parts[0] + "." + parts[1] : parts[0];
    }

    private interface PackageVisitor {
        void visit(String module, String name, Path dir);
    }

    /** Every package of the main code that holds a class, module by module, by name. */
    private static void forEachPackage(PackageVisitor visitor) {
        MODULES.forEach((module, sources) -> {
            Path root = sources.resolve(ROOT.replace('.', '/'));
            try (Stream<Path> dirs = Files.walk(root)) {
                Map<String, Path> packages = new TreeMap<>();
                dirs.filter(dir -> Files.isDirectory(dir) && !sources(dir).isEmpty())
                        .forEach(dir ->
                                packages.put(root.relativize(dir).toString().replace('/', '.'), dir));
                packages.forEach((name, dir) -> visitor.visit(module, name, dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<Path> sources(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")
                            && !f.getFileName().toString().equals("package-info.java"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package-info's doc in one line, {@code code} written as Markdown's. */
    private static String javadoc(Path dir) {
        Path info = dir.resolve("package-info.java");
        if (!Files.exists(info)) {
            return "";
        }
        Matcher doc = JAVADOC.matcher(read(info));
        if (!doc.find()) {
            return "";
        }
        String text = doc.group(1)
                .lines()
                .map(line -> line.strip().replaceFirst("^\\*", "").strip())
                .collect(Collectors.joining(" "));
        return text.replaceAll("\\{@code ([^}]*)}", "`$1`")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The first sentence of the comment a migration opens with: what it adds and why. */
    private static String firstSentence(Path migration) {
        String comment = read(migration)
                .lines()
                .takeWhile(line -> line.startsWith("--"))
                .map(line -> line.substring(2).strip())
                .collect(Collectors.joining(" "));
        int end = comment.indexOf(". ");
        return (end < 0 ? comment : comment.substring(0, end + 1)).replace("|", "\\|");
    }

    private static String block(String marker) {
        String doc = read(DOC);
        String start = "<!-- " + marker + " -->";
        int from = doc.indexOf(start);
        int to = doc.indexOf("<!-- end of " + marker.substring(0, marker.indexOf(':')) + " -->");
        assertThat(from).as("docs/architecture.md marks " + start).isNotNegative();
        assertThat(to).as("docs/architecture.md ends the block " + start).isGreaterThan(from);
        return doc.substring(from + start.length(), to).strip();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Path> modules() {
        Map<String, Path> modules = new LinkedHashMap<>();
        modules.put("ejb", Path.of("..", "ejb", "src", "main", "java"));
        modules.put("web", Path.of("src", "main", "java"));
        return modules;
    }
}
