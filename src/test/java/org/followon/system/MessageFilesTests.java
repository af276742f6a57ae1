package org.followon.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module keeps its messages in {@code messages/<module>.properties}. Spring reads
 * the files in the order {@code spring.messages.basename} lists them and takes the first
 * match, so a key in two files would silently show one of them, and a file left out of
 * the list would never be read.
 */
class MessageFilesTests {

	@Test
	void everyMessageFileIsListedAndEveryKeyLivesInOneFile() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:messages/*.properties");
		List<String> listed = Arrays.asList(PropertiesLoaderUtils.loadAllProperties("application.properties")
			.getProperty("spring.messages.basename")
			.split(","));
		assertThat(files).extracting((file) -> "messages/" + file.getFilename().replace(".properties", ""))
			.containsExactlyInAnyOrderElementsOf(listed);

		Map<String, String> fileByKey = new HashMap<>();
		for (Resource file : files) {
			Properties messages = new Properties();
			try (InputStream in = file.getInputStream()) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (String key : messages.stringPropertyNames()) {
				String before = fileByKey.put(key, file.getFilename());
				assertThat(before).as("%s is in both %s and %s", key, before, file.getFilename()).isNull();
			}
		}
		assertThat(fileByKey).hasSizeGreaterThan(1800);
	}

}
