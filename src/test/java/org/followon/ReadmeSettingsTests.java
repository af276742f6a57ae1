package org.followon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table lists exactly the app's own settings: those the
 * configuration processor found in the settings records, plus the additional metadata for
 * switches read elsewhere. A setting added without a row (or a row left behind by a
 * removed setting) fails the build.
 */
class ReadmeSettingsTests {

	// `FOLLOWON_…` in backticks, as the table's first column writes a setting.
	private static final Pattern ENVIRONMENT_NAME = Pattern.compile("`(FOLLOWON_[A-Z0-9_]+)`");

	@Test
	void theReadmeTableListsEveryFollowOnSettingAndNoOther() throws IOException {
		Set<String> documented = new TreeSet<>();
		for (String line : configurationTable()) {
			Matcher name = ENVIRONMENT_NAME.matcher(line.substring(0, line.indexOf('|', 1)));
			while (name.find()) {
				documented.add(name.group(1));
			}
		}
		assertThat(documented).isEqualTo(environmentNames(settingsInMetadata()));
	}

	private static List<String> configurationTable() throws IOException {
		List<String> readme = Files.readAllLines(Path.of("README.md"));
		int start = readme.indexOf("## Configuration");
		assertThat(start).as("the README's Configuration section").isNotNegative();
		return readme.subList(start, readme.size())
			.stream()
			.takeWhile((line) -> !line.startsWith("## Documentation"))
			.filter((line) -> line.startsWith("| `"))
			.toList();
	}

	private static Set<String> settingsInMetadata() throws IOException {
		Set<String> names = new TreeSet<>();
		try (InputStream metadata = ReadmeSettingsTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(metadata).as("the configuration processor's metadata").isNotNull();
			JsonNode properties = JsonMapper.builder().build().readTree(metadata).get("properties");
			properties.forEach((property) -> {
				String name = property.get("name").asString();
				if (name.startsWith("followon.")) {
					names.add(name);
				}
			});
		}
		return names;
	}

	// How the README writes a setting as an environment variable: Spring Boot's older
	// form, dashes as underscores, which it still binds and which reads more easily.
	private static Set<String> environmentNames(Set<String> properties) {
		Set<String> names = new TreeSet<>();
		properties.forEach((name) -> names.add(name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT)));
		return names;
	}

}
