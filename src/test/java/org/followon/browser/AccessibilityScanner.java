package org.followon.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Runs axe-core on every page a browser test shows. Listens to the decorated driver:
 * before and after each navigation, click and submit it scans the current document unless
 * it has already been scanned (a flag on {@code window}, which a new document does not
 * have). Scanning before an action too means a page is scanned even if the action that
 * opened it raced its loading. The scans run on the undecorated driver, so they raise no
 * events of their own.
 *
 * <p>
 * Violations and scan failures are collected, not thrown: a listener's exception would be
 * lost in the decorator, and a report of every page's problems at once is more useful.
 * The test base fails the test with them afterwards. The class is public because the
 * decorator calls the listener reflectively, and quietly logs an
 * {@code IllegalAccessException} for a non-public one; {@link #events()} lets the base
 * check that the listener is really being called.
 */
public final class AccessibilityScanner implements WebDriverListener {

	/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final String FLAG = "__axeScanned";

	private final WebDriver raw;

	/**
	 * Legacy mode runs axe in the page itself, instead of finishing each run in a new
	 * blank tab: about a third faster, and the app has no iframes, which is all the newer
	 * mode adds.
	 */
	private final AxeBuilder axe = new AxeBuilder().withTags(TAGS).setLegacyMode(true);

	private final List<String> scannedUrls = Collections.synchronizedList(new ArrayList<>());

	private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger events = new AtomicInteger();

	AccessibilityScanner(WebDriver raw) {
		this.raw = raw;
	}

	/** Scans the current document if it is an app page not scanned yet. */
	void scanIfNew() {
		String url;
		try {
			url = this.raw.getCurrentUrl();
			if (url == null || !url.startsWith("http")) {
				return;
			}
			JavascriptExecutor js = (JavascriptExecutor) this.raw;
			waitUntilLoaded(js);
			// Test and set in one script, so that each document is scanned exactly once.
			Object scanned = js
				.executeScript("var was = window." + FLAG + " === true; window." + FLAG + " = true; return was;");
			if (Boolean.TRUE.equals(scanned)) {
				return;
			}
			url = this.raw.getCurrentUrl();
		}
		catch (RuntimeException ex) {
			this.problems.add("Could not check whether the page had been scanned: " + ex);
			return;
		}
		this.scannedUrls.add(url);
		try {
			Results results = this.axe.analyze(this.raw);
			if (results.getErrorMessage() != null) {
				this.problems.add("axe-core failed on " + url + ": " + results.getErrorMessage());
				return;
			}
			for (Rule rule : results.getViolations()) {
				this.problems.add(describe(url, rule));
			}
		}
		catch (RuntimeException ex) {
			this.problems.add("axe-core could not scan " + url + ": " + ex);
		}
	}

	private static void waitUntilLoaded(JavascriptExecutor js) {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!"complete".equals(js.executeScript("return document.readyState")) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static String describe(String url, Rule rule) {
		String targets = rule.getNodes()
			.stream()
			.map(CheckedNode::getTarget)
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return "%s [%s] %s (%s)%n    on %s%n    at %s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(),
				rule.getHelpUrl(), url, targets);
	}

	/** The URLs scanned since the last {@link #reset()}, in order. */
	List<String> scannedUrls() {
		synchronized (this.scannedUrls) {
			return List.copyOf(this.scannedUrls);
		}
	}

	/** The violations and scan failures since the last {@link #reset()}. */
	List<String> problems() {
		synchronized (this.problems) {
			return List.copyOf(this.problems);
		}
	}

	/** How many navigation, click and submit events the listener has seen. */
	int events() {
		return this.events.get();
	}

	private void onEvent() {
		this.events.incrementAndGet();
		scanIfNew();
	}

	void reset() {
		this.scannedUrls.clear();
		this.problems.clear();
	}

	@Override
	public void beforeGet(WebDriver driver, String url) {
		onEvent();
	}

	@Override
	public void afterGet(WebDriver driver, String url) {
		onEvent();
	}

	@Override
	public void beforeClick(WebElement element) {
		onEvent();
	}

	@Override
	public void afterClick(WebElement element) {
		onEvent();
	}

	@Override
	public void beforeSubmit(WebElement element) {
		onEvent();
	}

	@Override
	public void afterSubmit(WebElement element) {
		onEvent();
	}

	@Override
	public void beforeTo(WebDriver.Navigation navigation, String url) {
		onEvent();
	}

	@Override
	public void afterTo(WebDriver.Navigation navigation, String url) {
		onEvent();
	}

	@Override
	public void beforeTo(WebDriver.Navigation navigation, java.net.URL url) {
		onEvent();
	}

	@Override
	public void afterTo(WebDriver.Navigation navigation, java.net.URL url) {
		onEvent();
	}

	@Override
	public void beforeBack(WebDriver.Navigation navigation) {
		onEvent();
	}

	@Override
	public void afterBack(WebDriver.Navigation navigation) {
		onEvent();
	}

	@Override
	public void beforeForward(WebDriver.Navigation navigation) {
		onEvent();
	}

	@Override
	public void afterForward(WebDriver.Navigation navigation) {
		onEvent();
	}

	@Override
	public void afterRefresh(WebDriver.Navigation navigation) {
		onEvent();
	}

}
