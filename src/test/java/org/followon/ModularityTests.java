package org.followon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' structure, as Spring Modulith sees it: no cycles, no use of another
 * module's internals, only the dependencies each module declares in its
 * {@code package-info.java}; the same dependencies listed in docs/architecture.md; and
 * the generated diagrams and canvases in docs/modules kept up to date.
 */
class ModularityTests {

	/** Where the generated module documentation is kept for people to read. */
	private static final Path DOCS = Path.of("docs", "modules");

	/** Where this test generates it. */
	private static final Path GENERATED = Path.of("target", "spring-modulith-docs");

	/** A row of the modules table: | `module` | owns | `uses`, `uses` |. */
	private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|.*\\| ([^|]*) \\|\\s*$");

	private static final ApplicationModules modules = ApplicationModules.of(FollowOnApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayUseAndUsesAllOfIt() throws ClassNotFoundException {
		for (ApplicationModule module : modules) {
			assertThat(declared(module)).as("the modules %s declares it uses (package-info.java)", name(module))
				.isEqualTo(used(module));
		}
	}

	/**
	 * The "Uses" column of docs/architecture.md is what the module model says, so the
	 * document cannot drift from the code.
	 */
	@Test
	void architectureDocumentListsWhatEachModuleUses() throws IOException {
		Map<String, Set<String>> documented = new TreeMap<>();
		for (String line : Files.readAllLines(Path.of("docs", "architecture.md"), StandardCharsets.UTF_8)) {
			Matcher row = ROW.matcher(line);
			if (row.matches()) {
				documented.put(row.group(1),
						Arrays.stream(row.group(2).split(","))
							.map((used) -> used.strip().replace("`", ""))
							.filter((used) -> !used.isEmpty() && !used.equals("—"))
							.collect(Collectors.toCollection(TreeSet::new)));
			}
		}
		Map<String, Set<String>> model = new TreeMap<>();
		modules.forEach((module) -> model.put(name(module), used(module)));
		assertThat(documented).as("the Uses column of docs/architecture.md").isEqualTo(model);
	}

	/**
	 * Writes the module diagrams (PlantUML) and canvases (AsciiDoc) into target/, and
	 * fails if the copy in docs/modules differs: regenerate with
	 * {@code ./mvnw test -Dtest=ModularityTests -Dmodules.docs.update=true}.
	 */
	@Test
	void moduleDocumentationInDocsIsCurrent() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Map<String, String> generated = contents(GENERATED);
		assertThat(generated).as("generated module documentation")
			.hasSizeGreaterThan((int) modules.stream().count() * 2);
		if (Boolean.getBoolean("modules.docs.update")) {
			update(contents(DOCS), generated);
		}
		assertThat(sortedLines(contents(DOCS)))
			.as("docs/modules, which is stale: regenerate it with "
					+ "./mvnw test -Dtest=ModularityTests -Dmodules.docs.update=true")
			.isEqualTo(sortedLines(generated));
	}

	// Rewrites only the files that say something different, so that regenerating does not
	// reorder every diagram's lines in the next commit.
	private static void update(Map<String, String> current, Map<String, String> generated) throws IOException {
		Files.createDirectories(DOCS);
		for (String stale : current.keySet()) {
			if (!generated.containsKey(stale)) {
				Files.delete(DOCS.resolve(stale));
			}
		}
		Map<String, List<String>> currentLines = sortedLines(current);
		Map<String, List<String>> generatedLines = sortedLines(generated);
		for (Map.Entry<String, String> file : generated.entrySet()) {
			if (!generatedLines.get(file.getKey()).equals(currentLines.get(file.getKey()))) {
				Files.writeString(DOCS.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
		}
	}

	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> paths = Files.list(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	/**
	 * The files' lines in sorted order: the Documenter writes a diagram's relations in no
	 * fixed order, so only what they say is compared.
	 */
	private static Map<String, List<String>> sortedLines(Map<String, String> files) {
		Map<String, List<String>> sorted = new TreeMap<>();
		files.forEach((name, text) -> sorted.put(name, text.lines().sorted().toList()));
		return sorted;
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

	private static Set<String> used(ApplicationModule module) {
		return module.getDirectDependencies(modules)
			.uniqueModules()
			.map(ModularityTests::name)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * What the module's {@code package-info.java} allows; failing for a module that does
	 * not say, which Spring Modulith reads as "may use any module".
	 */
	private static Set<String> declared(ApplicationModule module) throws ClassNotFoundException {
		Class<?> packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
		// The annotation has the same simple name as the model's type, hence its full
		// name.
		org.springframework.modulith.ApplicationModule declaration = packageInfo
			.getAnnotation(org.springframework.modulith.ApplicationModule.class);
		assertThat(declaration).as("@ApplicationModule(allowedDependencies = ...) on %s", packageInfo.getName())
			.isNotNull();
		return new TreeSet<>(List.of(declaration.allowedDependencies()));
	}

}
