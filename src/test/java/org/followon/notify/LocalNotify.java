package org.followon.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for GOV.UK Notify on a local port, for tests: it keeps each request it is
 * sent and answers like Notify, or with a 500 for a number told to fail.
 */
public final class LocalNotify implements AutoCloseable {

	/** A key in Notify's shape: name, service id, secret. */
	public static final String API_KEY = "test_key-" + UUID.randomUUID() + "-" + UUID.randomUUID();

	public static final String TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private volatile String failingNumber;

	public LocalNotify() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Authorization"), body);
			this.requests.add(request);
			boolean fail = this.failingNumber != null && body.contains(this.failingNumber);
			byte[] answer = (fail
					? "{\"errors\":[{\"error\":\"Exception\",\"message\":\"Internal server error\"}],\"status_code\":500}"
					: """
							{"id":"%s","reference":null,"content":{"body":"Reminder","from_number":"GOVUK"},
							 "template":{"id":"%s","version":1,"uri":"https://example.org/t"},"uri":"https://example.org/n"}"""
						.formatted(UUID.randomUUID(), TEMPLATE_ID))
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(fail ? 500 : 201, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		this.server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public List<Request> requests() {
		return this.requests;
	}

	public void failFor(String number) {
		this.failingNumber = number;
	}

	public void reset() {
		this.requests.clear();
		this.failingNumber = null;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	public record Request(String method, String path, String authorization, String body) {
	}

}
