package org.followon.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.followon.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Styles, scripts and images are linked by content-hash URLs and cached for a year, so a
 * browser fetches and parses them once rather than on every page; pages themselves, which
 * may hold personal data, are still never stored.
 */
@IntegrationTest
class StaticAssetCachingIntegrationTests {

	private static final Pattern VERSIONED_STYLES = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");

	private static final Pattern VERSIONED_SCRIPT = Pattern.compile("src=\"(/js/app-[0-9a-f]{32}\\.js)\"");

	@Autowired
	private MockMvc mvc;

	private MockHttpServletResponse fetch(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse();
	}

	private static String linked(Pattern link, String page) {
		Matcher matcher = link.matcher(page);
		assertThat(matcher.find()).as("%s in the page", link).isTrue();
		return matcher.group(1);
	}

	@Test
	void pagesLinkAssetsByContentHashAndAreNotStored() throws Exception {
		MockHttpServletResponse home = fetch("/");

		assertThat(home.getHeader("Cache-Control")).contains("no-store");
		assertThat(home.getContentAsString()).containsPattern(VERSIONED_STYLES)
			.containsPattern(VERSIONED_SCRIPT)
			.containsPattern("href=\"/assets/images/favicon-[0-9a-f]{32}\\.svg\"");
	}

	@Test
	void versionedAssetsAreCachedForAYear() throws Exception {
		String page = fetch("/").getContentAsString();

		for (String asset : new String[] { linked(VERSIONED_STYLES, page), linked(VERSIONED_SCRIPT, page) }) {
			MockHttpServletResponse response = fetch(asset);
			assertThat(response.getStatus()).as(asset).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(asset)
				.isEqualTo("max-age=31536000, public")
				.doesNotContain("no-store");
		}
	}

	@Test
	void imagesInTheStylesAndTheScriptsImportAreVersionedToo() throws Exception {
		String page = fetch("/").getContentAsString();

		String styles = fetch(linked(VERSIONED_STYLES, page)).getContentAsString();
		assertThat(styles).contains("/assets/images/nhsuk-icon-cross-")
			.doesNotContain("/assets/images/nhsuk-icon-cross.svg");
		String script = fetch(linked(VERSIONED_SCRIPT, page)).getContentAsString();
		Matcher imported = Pattern.compile("from \"\\./(nhsuk-frontend-[0-9a-f]{16}\\.min\\.js)\"").matcher(script);
		assertThat(imported.find()).as("the script imports the frontend by its hash name").isTrue();
		assertThat(fetch("/js/" + imported.group(1)).getStatus()).isEqualTo(200);
	}

}
