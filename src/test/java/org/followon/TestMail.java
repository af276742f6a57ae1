package org.followon;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free port that every test
 * application context sends its mail to. Being the same for every context, it lets tests
 * that read mail share the one context instead of each starting its own. Tests that read
 * mail purge it first ({@code TestMail.server().purgeEmailFromAllMailboxes()}).
 */
public final class TestMail implements ContextCustomizerFactory {

	private static final GreenMail SERVER = startOnce();

	public static GreenMail server() {
		return SERVER;
	}

	private static GreenMail startOnce() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new MailPort();
	}

	/**
	 * Points {@code spring.mail.port} at the server; all equal, so contexts are still
	 * shared.
	 */
	record MailPort() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("testMail",
						java.util.Map.of("spring.mail.port", SERVER.getSmtp().getPort())));
		}

	}

}
