package org.followon.system;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * Loads the demo data at start-up when {@code followon.demo.enabled} is on (the
 * {@code prod} profile turns it off): every module's {@link DemoData} part, each once and
 * after the parts whose records it reads, into a database where no module holds data yet.
 * One transaction, so a part that fails leaves no half-made demo behind to be mistaken
 * for data next time.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoDataLoader.class);

	private final List<DemoData> parts;

	DemoDataLoader(List<DemoData> parts) {
		this.parts = parts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.parts.stream().anyMatch(DemoData::hasData)) {
			return;
		}
		DemoRecords records = new DemoRecords();
		List<DemoData> waiting = new ArrayList<>(this.parts);
		while (!waiting.isEmpty()) {
			DemoData next = waiting.stream()
				.filter((part) -> part.reads().stream().allMatch(records::has))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"Demo data parts wait for records that no part makes: " + describe(waiting)));
			next.load(records);
			waiting.remove(next);
		}
		log.info("Demo data loaded");
	}

	private static List<String> describe(List<DemoData> parts) {
		return parts.stream()
			.map((part) -> ClassUtils.getUserClass(part).getSimpleName() + " reads "
					+ part.reads().stream().map(Class::getSimpleName).sorted().toList())
			.toList();
	}

}
