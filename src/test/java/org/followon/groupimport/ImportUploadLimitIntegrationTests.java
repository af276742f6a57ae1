package org.followon.groupimport;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.followon.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB upload over a real connection to Tomcat, which enforces the multipart limit
 * (MockMvc does not): the import page says the file is too big, and nothing is kept. Its
 * page must not take over the other error pages: Spring Boot's own resolver of error
 * pages by status stands down when any other exists, unless declared (system).
 */
@IntegrationTest
class ImportUploadLimitIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private String get(String path) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private void signInAsStaff() throws Exception {
		String token = csrf(get("/sign-in"));
		String form = "email=staff%40example.org&password=followon-demo&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(URI.create(url("/sign-in")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	@Test
	void theOtherErrorPagesStayTheirOwn() throws Exception {
		signInAsStaff();
		HttpResponse<String> forbidden = this.http.send(
				HttpRequest.newBuilder(URI.create(url("/pmps/new"))).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("You cannot see this page").doesNotContain("problem with the service");
		HttpResponse<String> noToken = this.http.send(HttpRequest.newBuilder(URI.create(url("/pmps")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("x=1"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(noToken.statusCode()).as("no CSRF token").isEqualTo(403);
		assertThat(noToken.body()).contains("You cannot see this page");
	}

	@Test
	void aFiftyMegabyteFileIsRefusedOnTheImportPage() throws Exception {
		signInAsStaff();
		String uploadToken = csrf(get("/network/imports"));
		long uploads = this.jdbc.queryForObject("select count(*) from group_import", Long.class);

		String boundary = "----import-limit-test";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + uploadToken + "\r\n--"
						+ boundary + "\r\nContent-Disposition: form-data; name=\"groups\"; filename=\"groups.csv\"\r\n"
						+ "Content-Type: text/csv\r\n\r\n" + String.join(",", ImportFile.GROUPS.header()) + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
		byte[] row = "G-1,A group,B17,2020-01-01,2020-01-01,,active,8,monthly,cafe,email,social\r\n"
			.getBytes(StandardCharsets.UTF_8);
		while (body.size() < 50 * 1024 * 1024) {
			body.write(row);
		}
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url("/network/imports")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("One of the files is too big. Each file must be 5 MB or smaller")
			.contains("nhsuk-error-summary")
			.contains("id=\"groups-field\"");
		assertThat(this.jdbc.queryForObject("select count(*) from group_import", Long.class)).isEqualTo(uploads);
	}

}
