package org.followon.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs axe-core on every page a browser test shows. Listens to the decorated driver:
 * before and after each navigation, click and submit it checks the current document
 * unless it has already been checked (a flag on {@code window}, which a new document does
 * not have). Checking before an action too means a page is checked even if the action
 * that opened it raced its loading. The scans run on the undecorated driver, so they
 * raise no events of their own. Clicks come here from {@link ScanningDecorator} rather
 * than as events, because the check before a click and the click itself are made in as
 * few calls to the browser as possible (see {@link #click(WebElement)}).
 *
 * <p>
 * A page is scanned once per state for the whole run: the same path (with ids and tokens
 * as placeholders) with the same structure (elements, their classes, roles and ARIA,
 * which shows who is signed in through the header's links, whether there is an error
 * summary or a banner, and so on; a list's repeated rows count once). Its text can
 * differ. Every document is still checked; one whose state axe-core has already scanned
 * needs no second scan, which is what made the browser tests slow. Each state scanned is
 * written to {@code target/accessibility-scans.tsv}.
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

	/**
	 * Once the document has loaded: null if it is not an app page or was checked already;
	 * otherwise marks it checked (test and set in one script, so each document is checked
	 * exactly once) and returns its address and its structure as a string: each element's
	 * tag, id, classes, role, ARIA and type (digits as N), the names of its other
	 * attributes (not those a form's state changes), whether it holds text of its own,
	 * then its children, where a child just like the one before it counts once.
	 */
	private static final String CHECK = """
			var done = arguments[arguments.length - 1];
			whenLoaded(function () { done(check()); });
			""" + Scripts.CHECK_FUNCTIONS;

	/**
	 * Before a click, in one call: the {@link #CHECK} of the document; whether the click
	 * will open another document (a link to another address, or a button that submits its
	 * form, in the same tab and not as a download), marking this one so that its
	 * replacement can be seen (see {@link #REPLACED}); and the point to click in the
	 * viewport, as WebDriver's element click chooses it (the centre of the element's
	 * first box, scrolled into view if it is not), or null if something else would
	 * receive the click there.
	 */
	private static final String BEFORE_CLICK = """
			var el = arguments[0], done = arguments[arguments.length - 1];
			function opensAnotherDocument() {
			  var a = el.closest('a[href]');
			  if (a) {
			    var href = a.getAttribute('href');
			    return href.charAt(0) !== '#' && href.indexOf('javascript:') !== 0 && !a.hasAttribute('download')
			        && (!a.target || a.target === '_self');
			  }
			  var b = el.closest('button, input[type=submit], input[type=image]');
			  return !!(b && b.form && (b.type === 'submit' || b.type === 'image')
			      && (!b.form.target || b.form.target === '_self'));
			}
			function clickPoint() {
			  var box = el.getClientRects()[0];
			  if (!box) { return null; }
			  if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) {
			    el.scrollIntoView({ block: 'end', inline: 'nearest' });
			    box = el.getClientRects()[0];
			  }
			  var x = Math.floor(box.left + box.width / 2), y = Math.floor(box.top + box.height / 2);
			  var hit = document.elementFromPoint(x, y);
			  return hit && (hit === el || el.contains(hit)) ? [x, y] : null;
			}
			whenLoaded(function () {
			  var opens = opensAnotherDocument();
			  if (opens) { window.__leftByClick = true; }
			  done([check(), opens, clickPoint()]);
			});
			""" + Scripts.CHECK_FUNCTIONS;

	/**
	 * Whether the document a navigating click was made on has been replaced: a new one
	 * lacks the mark {@link #BEFORE_CLICK} left.
	 */
	private static final String REPLACED = "return window.__leftByClick !== true;";

	/** The functions {@link #CHECK} and {@link #BEFORE_CLICK} share. */
	private static final class Scripts {

		private static final String CHECK_FUNCTIONS = """
				function shape(el) {
				  var own = Array.prototype.some.call(el.childNodes, function (n) {
				    return n.nodeType === 3 && n.textContent.trim() !== ''; });
				  var attrs = [];
				  Array.prototype.forEach.call(el.attributes, function (a) {
				    var n = a.name;
				    if (n === 'checked' || n === 'selected' || n === 'value' || n.indexOf('data-') === 0) { return; }
				    if (n === 'id' || n === 'for' || n.indexOf('aria-') === 0 || n === 'role' || n === 'type'
				        || n === 'class' || n === 'lang') { attrs.push(n + '=' + a.value.replace(/[0-9]+/g, 'N')); }
				    else { attrs.push(n); }
				  });
				  var kids = [], last = null;
				  for (var i = 0; i < el.children.length; i++) {
				    var k = shape(el.children[i]);
				    if (k !== last) { kids.push(k); }
				    last = k;
				  }
				  return '<' + el.tagName + (attrs.length ? ' ' + attrs.sort().join(' ') : '') + (own ? ' text' : '')
				      + '>' + kids.join('');
				}
				function check() {
				  if (location.protocol.indexOf('http') !== 0 || window.__axeScanned === true) { return null; }
				  window.__axeScanned = true;
				  return [location.href, shape(document.documentElement)];
				}
				function whenLoaded(then) {
				  if (document.readyState === 'complete') { then(); }
				  else { window.addEventListener('load', then, { once: true }); }
				}""";

	}

	/**
	 * Loads axe-core into the document and runs it with WCAG's rules, answering its
	 * violations only, in short (an error comes back as a string). axe-core comes from
	 * the app, where the build puts it for the tests ({@code /js/test-only/axe.min.js},
	 * see the pom), so Chromium keeps it and its compiled code between pages: sending its
	 * 560 kB with each scan, as the Selenium integration does (twice in legacy mode),
	 * took more of the browser's time than the scan itself. axe's full results list every
	 * rule that passed or did not apply, which took as long again to send and read.
	 */
	private static final String RUN_AXE = """
			var done = arguments[arguments.length - 1], tags = arguments[0];
			function run() {
			  axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
			    .then(function (results) {
			      done(results.violations.map(function (v) {
			        return { id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
			          targets: v.nodes.map(function (n) { return JSON.stringify(n.target); }).join(', ') };
			      }));
			    }, function (error) { done(String(error)); });
			}
			if (typeof window.axe === 'object') { run(); return; }
			var script = document.createElement('script');
			script.src = '/js/test-only/axe.min.js';
			script.onload = run;
			script.onerror = function () { done('could not load /js/test-only/axe.min.js'); };
			document.head.appendChild(script);""";

	/** How long a click that opens another document may take to replace this one. */
	private static final Duration NAVIGATION_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * How often to look whether the document has been replaced: a page here loads in tens
	 * of milliseconds, and WebDriverWait's default of half a second would mostly wait.
	 */
	private static final Duration NAVIGATION_POLL = Duration.ofMillis(25);

	/** The states scanned in this run, by any test. */
	private static final Set<String> scannedStates = ConcurrentHashMap.newKeySet();

	/** Where the states scanned are listed, for people to read. */
	private static final Path SCANS = Path.of("target", "accessibility-scans.tsv");

	/**
	 * {@code -Daccessibility.scanEveryDocument=true} scans every document again, as the
	 * tests once did, while listing the same states: to show that scanning once per state
	 * leaves none out.
	 */
	private static final boolean SCAN_EVERY_DOCUMENT = Boolean.getBoolean("accessibility.scanEveryDocument");

	/** Paths' record ids and secret tokens, which do not change what a page is. */
	private static final Pattern PLACEHOLDER = Pattern.compile("/([0-9]+|[A-Za-z0-9_-]{16,})(?=/|$)");

	private final WebDriver raw;

	private final List<String> scannedUrls = Collections.synchronizedList(new ArrayList<>());

	private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger events = new AtomicInteger();

	AccessibilityScanner(WebDriver raw) {
		this.raw = raw;
	}

	/**
	 * Checks the current document if it is an app page not checked yet, scanning it if
	 * its state has not been scanned yet.
	 */
	void scanIfNew() {
		List<?> page;
		try {
			page = (List<?>) ((JavascriptExecutor) this.raw).executeAsyncScript(CHECK);
		}
		catch (RuntimeException ex) {
			this.problems.add("Could not check whether the page had been scanned: " + ex);
			return;
		}
		scan(page);
	}

	/**
	 * Clicks the element as a person would, checking the page first and, if the click
	 * opens another document, waiting for it and checking it. WebDriver's element click
	 * took about 100 ms here: chromedriver makes some twenty calls into the page to find
	 * where to click. One script finds the point (see {@link #BEFORE_CLICK}), and one
	 * pointer action of move, press and release clicks there. If something covers the
	 * element, WebDriver's own click is used, to fail as it does. (Selenium's
	 * {@code Actions} builder is not used: its moves last 250 ms.)
	 */
	void click(WebElement element) {
		this.events.incrementAndGet();
		List<?> before = (List<?>) ((JavascriptExecutor) this.raw).executeAsyncScript(BEFORE_CLICK, element);
		scan((List<?>) before.get(0));
		boolean opensAnotherDocument = Boolean.TRUE.equals(before.get(1));
		List<?> point = (List<?>) before.get(2);
		if (point == null) {
			element.click();
		}
		else {
			PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
			Sequence click = new Sequence(mouse, 0)
				.addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(),
						((Number) point.get(0)).intValue(), ((Number) point.get(1)).intValue()))
				.addAction(mouse.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
				.addAction(mouse.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
			((Interactive) this.raw).perform(List.of(click));
		}
		// A click that leaves the document in place needs no check after it: the document
		// was checked just before.
		if (opensAnotherDocument) {
			waitUntilReplaced();
			scanIfNew();
		}
	}

	/**
	 * Waits for a navigating click to replace the document: WebDriver can return from
	 * such a click before the browser has begun to load the next page, and a test reading
	 * the page then would read the old one (or find its elements gone while it reads
	 * them).
	 */
	private void waitUntilReplaced() {
		try {
			new WebDriverWait(this.raw, NAVIGATION_TIMEOUT, NAVIGATION_POLL).ignoring(WebDriverException.class)
				.until((browser) -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(REPLACED)));
		}
		catch (TimeoutException ex) {
			this.problems.add("A click on " + this.raw.getCurrentUrl() + " that should have opened another page "
					+ "left the page as it was for " + NAVIGATION_TIMEOUT.toSeconds() + " s");
		}
	}

	private void scan(List<?> page) {
		if (page == null) {
			return;
		}
		String url = (String) page.get(0);
		this.scannedUrls.add(url);
		String state = PLACEHOLDER.matcher(URI.create(url).getPath()).replaceAll("/{}") + "\t"
				+ sha256((String) page.get(1));
		boolean fresh = scannedStates.add(state);
		if (fresh) {
			record(state, url);
		}
		else if (!SCAN_EVERY_DOCUMENT) {
			return;
		}
		try {
			JavascriptExecutor browser = (JavascriptExecutor) this.raw;
			Object violations = browser.executeAsyncScript(RUN_AXE, TAGS);
			if (violations instanceof String error) {
				this.problems.add("axe-core failed on " + url + ": " + error);
				return;
			}
			for (Object violation : (List<?>) violations) {
				this.problems.add(describe(url, (Map<?, ?>) violation));
			}
		}
		catch (RuntimeException ex) {
			this.problems.add("axe-core could not scan " + url + ": " + ex);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static synchronized void record(String state, String url) {
		try {
			Files.writeString(SCANS, state + "\t" + url + System.lineSeparator(), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			// Only the list for people to read: the scan itself goes ahead.
		}
	}

	private static String describe(String url, Map<?, ?> violation) {
		return "%s [%s] %s (%s)%n    on %s%n    at %s".formatted(violation.get("id"), violation.get("impact"),
				violation.get("help"), violation.get("helpUrl"), url, violation.get("targets"));
	}

	/**
	 * The URLs checked since the last {@link #reset()}, in order: scanned, or in a state
	 * already scanned.
	 */
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
	public void beforeTo(WebDriver.Navigation navigation, URL url) {
		onEvent();
	}

	@Override
	public void afterTo(WebDriver.Navigation navigation, URL url) {
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
