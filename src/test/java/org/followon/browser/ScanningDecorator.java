package org.followon.browser;

import java.lang.reflect.Method;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.events.EventFiringDecorator;

/**
 * The browser as the tests see it: navigations raise events that the
 * {@link AccessibilityScanner} listens to, and clicks on elements, however a test finds
 * them, are made by the scanner, which checks the page around each click in fewer calls
 * than events would need.
 */
final class ScanningDecorator extends EventFiringDecorator<WebDriver> {

	private final AccessibilityScanner scanner;

	ScanningDecorator(AccessibilityScanner scanner) {
		super(scanner);
		this.scanner = scanner;
	}

	@Override
	public Object call(Decorated<?> target, Method method, Object[] args) throws Throwable {
		if (target.getOriginal() instanceof WebElement element && "click".equals(method.getName())) {
			this.scanner.click(element);
			return null;
		}
		return super.call(target, method, args);
	}

}
