package org.followon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No module reads or writes another module's tables: its SQL and entity mappings name
 * only its own tables and the views other modules publish, so a module can change its
 * tables without breaking another unseen. The module whose migration creates a table owns
 * it ({@link #OWNER_NOT_PREFIX} lists those that moved to a module split off later); a
 * view is published by the module whose migration creates it, and may select only from
 * that module's tables. docs/architecture.md lists each view with its publisher and
 * readers.
 */
class TableOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/org/followon");

	/**
	 * Tables and views owned by another module than the one named in the migration that
	 * created them (a shipped migration is never renamed), decided by which package's
	 * code uses them. Update this when a module is split or a table moves.
	 */
	static final Map<String, String> OWNER_NOT_PREFIX = Map.ofEntries(
			// Created with the hand-over, since the invitation module's.
			Map.entry("invitation", "invitation"),
			// ShedLock's table: the system module's scheduling configuration uses it.
			Map.entry("shedlock", "system"),
			// Created by the meeting module before calendars and logs were split off.
			Map.entry("calendar_feed", "calendar"), Map.entry("meeting_log", "meetinglog"),
			Map.entry("meeting_attendance", "meetinglog"),
			// Created by the network module before it was split into four.
			Map.entry("group_import", "groupimport"), Map.entry("network_meeting", "networkmeeting"),
			Map.entry("network_meeting_invitee", "networkmeeting"),
			Map.entry("network_invitation_opt_out", "networkmeeting"),
			Map.entry("network_meeting_shared", "networkmeeting"),
			// Created by the group module before join requests were split off, and the
			// view
			// of them it published for the dashboard.
			Map.entry("join_request", "joinrequest"), Map.entry("join_request_facts", "joinrequest"));

	private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");

	private static final Pattern CREATED = Pattern.compile(
			"\\bcreate\\s+(?:or\\s+replace\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern VIEW_BODY = Pattern.compile(
			"\\bcreate\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_][a-z0-9_]*)\\s+as\\s+(.*?);",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern RENAMED = Pattern.compile(
			"\\balter\\s+table\\s+([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	/** A Java string literal or text block. */
	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"",
			Pattern.DOTALL);

	private static final Pattern SQL = Pattern.compile("\\b(select|insert|update|delete)\\b", Pattern.CASE_INSENSITIVE);

	/** Words after which SQL names a table (a comma-separated list after from, too). */
	private static final Pattern TABLE_AFTER = Pattern.compile(
			"\\b(?i:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?(?:\\s*,\\s*[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?)*)");

	private static final Pattern ENTITY_TABLE = Pattern
		.compile("@(?:Table|CollectionTable|JoinTable)\\(name\\s*=\\s*\"([a-z_0-9]+)\"");

	private static final Pattern ENTITY_CLASS = Pattern.compile("@Entity\\b[^{]*?\\bclass\\s+(\\w+)", Pattern.DOTALL);

	/** A row of the published views table: | `view` | `module` | `reader`, `reader` |. */
	private static final Pattern VIEW_ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| `([a-z]+)` \\| ([^|]*) \\|\\s*$");

	@Test
	void everyModuleUsesOnlyItsOwnTablesAndPublishedViews() {
		Schema schema = schema();
		Map<Path, Set<String>> named = namedByMainSources(schema);
		assertThat(schema.owners()).as("tables and views found in the migrations").hasSizeGreaterThanOrEqualTo(50);
		assertThat(named.values().stream().flatMap(Set::stream).distinct())
			.as("tables and views named by the main sources")
			.hasSizeGreaterThanOrEqualTo(40);
		Set<String> violations = violations(schema, named);
		assertThat(violations).as("tables used by a module that does not own them").isEmpty();
	}

	@Test
	void everyViewSelectsOnlyFromItsPublishersTables() {
		Schema schema = schema();
		assertThat(schema.views()).as("views found in the migrations").hasSizeGreaterThanOrEqualTo(10);
		schema.views().forEach((view, body) -> {
			Set<String> tables = tablesNamed(body, schema.owners().keySet());
			assertThat(tables).as("what %s selects from", view).isNotEmpty();
			tables.forEach((table) -> assertThat(schema.owners().get(table))
				.as("the owner of %s, which the view %s selects from", table, view)
				.isEqualTo(schema.owners().get(view)));
		});
	}

	/**
	 * docs/architecture.md lists every view with the module that publishes it and the
	 * modules whose SQL reads it, as the migrations and the main sources say.
	 */
	@Test
	void architectureDocumentListsEveryViewWithItsPublisherAndReaders() throws IOException {
		Schema schema = schema();
		Map<String, String> model = new TreeMap<>();
		schema.views().keySet().forEach((view) -> model.put(view, schema.owners().get(view) + " read by "));
		Map<String, Set<String>> readers = new TreeMap<>();
		namedByMainSources(schema).forEach((file, names) -> names.stream()
			.filter(schema.views()::containsKey)
			.forEach((view) -> readers.computeIfAbsent(view, (v) -> new TreeSet<>()).add(module(file))));
		model.replaceAll((view, owner) -> owner + readers.getOrDefault(view, Set.of()));
		Map<String, String> documented = new TreeMap<>();
		for (String line : Files.readAllLines(Path.of("docs", "architecture.md"), StandardCharsets.UTF_8)) {
			Matcher row = VIEW_ROW.matcher(line);
			if (row.matches()) {
				documented.put(row.group(1),
						row.group(2) + " read by "
								+ Arrays.stream(row.group(3).split(","))
									.map((reader) -> reader.strip().replace("`", ""))
									.collect(Collectors.toCollection(TreeSet::new)));
			}
		}
		assertThat(documented).as("the published views in docs/architecture.md").isEqualTo(model);
	}

	@Test
	void everyTableHasAKnownModuleAsItsOwner() {
		Set<String> modules = new TreeSet<>();
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			dirs.filter(Files::isDirectory).forEach((dir) -> modules.add(dir.getFileName().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(modules).containsAll(schema().owners().values());
	}

	@Test
	void aModuleNamingAnotherModulesTableFails() {
		Schema schema = schema();
		String planted = """
				class Planted {
					String sql = "select g.id, count(*) from follow_on_group g join membership_facts m on m.group_id = g.id";
				}""";
		assertThat(violations(schema, Map.of(Path.of("dashboard/Planted.java"), tablesIn(planted, schema))))
			.containsExactly("dashboard/Planted.java: follow_on_group (owned by group)");
		assertThat(violations(schema, Map.of(Path.of("group/Planted.java"), tablesIn(planted, schema)))).isEmpty();
		assertThat(violations(schema, Map.of(Path.of("dashboard/Planted.java"),
				tablesIn(planted.replace("follow_on_group", "group_facts"), schema))))
			.isEmpty();
		assertThat(violations(schema,
				Map.of(Path.of("summary/Planted.java"), tablesIn("@Entity\nclass NetworkMeetingInvitee {", schema))))
			.containsExactly("summary/Planted.java: network_meeting_invitee (owned by networkmeeting)");
	}

	@Test
	void scannerFindsTablesInSqlAndEntities() {
		Set<String> known = Set.of("membership", "account", "follow_on_group", "group_facts");
		assertThat(tablesNamed("select m.id from membership m join account a on a.id = m.account_id", known))
			.containsExactlyInAnyOrder("membership", "account");
		assertThat(tablesNamed("select 1 from follow_on_group g, membership m", known))
			.containsExactlyInAnyOrder("follow_on_group", "membership");
		assertThat(tablesNamed("select exists (select 1 from account where id = ?)", known)).containsExactly("account");
		assertThat(tablesNamed("update membership set account_id = ?", known)).containsExactly("membership");
		assertThat(tablesNamed("select m.account_id, m.membership_id from group_facts m", known))
			.containsExactly("group_facts");
		assertThat(
				sqlStrings("String a = \"select id from account\"; String b = \"\"\"\n\tdelete from membership\"\"\";"))
			.containsExactly("select id from account", "\n\tdelete from membership");
		assertThat(sqlStrings("@Table(name = \"membership\")")).isEmpty();
		assertThat(entityTables("@Entity\n@Table(name = \"follow_on_group\")\nclass FollowOnGroup {"))
			.containsExactly("follow_on_group");
		assertThat(entityTables("@Entity\nclass NetworkMeetingInvitee {")).containsExactly("network_meeting_invitee");
	}

	/**
	 * Each use of a table by a module that does not own it, as "file: table (owned by
	 * module)", the file relative to the sources and its first folder the module.
	 */
	static Set<String> violations(Schema schema, Map<Path, Set<String>> named) {
		Set<String> violations = new TreeSet<>();
		named.forEach((file, tables) -> tables.forEach((table) -> {
			String owner = schema.owners().get(table);
			if (owner != null && !owner.equals(module(file)) && !schema.views().containsKey(table)) {
				violations.add(file + ": " + table + " (owned by " + owner + ")");
			}
		}));
		return violations;
	}

	private static String module(Path file) {
		return file.getName(0).toString();
	}

	/** The tables and views each main source names, by file relative to the sources. */
	private static Map<Path, Set<String>> namedByMainSources(Schema schema) {
		Map<Path, Set<String>> named = new TreeMap<>();
		int[] sqlStrings = { 0 };
		javaSources().forEach((file) -> {
			String source = read(file);
			sqlStrings[0] += sqlStrings(source).size();
			named.put(SOURCES.relativize(file), tablesIn(source, schema));
		});
		assertThat(sqlStrings[0]).as("SQL strings found in the main sources").isGreaterThan(30);
		return named;
	}

	/** The known tables and views a Java source names in its SQL or maps as entities. */
	static Set<String> tablesIn(String source, Schema schema) {
		Set<String> tables = new TreeSet<>(entityTables(source));
		for (String sql : sqlStrings(source)) {
			tables.addAll(tablesNamed(sql, schema.owners().keySet()));
		}
		return tables;
	}

	/** The string literals and text blocks that look like SQL. */
	static List<String> sqlStrings(String source) {
		List<String> found = new ArrayList<>();
		Matcher literal = LITERAL.matcher(source);
		while (literal.find()) {
			String text = (literal.group(1) != null) ? literal.group(1) : literal.group(2);
			if (SQL.matcher(text).find()) {
				found.add(text);
			}
		}
		return found;
	}

	/**
	 * The known tables this SQL names: after from, join, into, update, or anywhere as a
	 * whole word neither qualified by an alias nor a parameter (so {@code m.account} is a
	 * column and {@code :account} a parameter, not the table).
	 */
	static Set<String> tablesNamed(String sql, Set<String> known) {
		Set<String> found = new TreeSet<>();
		Matcher after = TABLE_AFTER.matcher(sql);
		while (after.find()) {
			for (String item : after.group(1).split(",")) {
				String name = item.trim().split("\\s+")[0];
				if (known.contains(name)) {
					found.add(name);
				}
			}
		}
		for (String table : known) {
			if (Pattern.compile("(?<![\\w.:])" + table + "(?![\\w.(])").matcher(sql).find()) {
				found.add(table);
			}
		}
		return found;
	}

	/** The tables the JPA entities in this source map. */
	static List<String> entityTables(String source) {
		List<String> tables = new ArrayList<>();
		Matcher named = ENTITY_TABLE.matcher(source);
		boolean explicit = false;
		while (named.find()) {
			tables.add(named.group(1));
			explicit |= named.group(0).startsWith("@Table");
		}
		Matcher entity = ENTITY_CLASS.matcher(source);
		if (!explicit && entity.find()) {
			tables.add(entity.group(1).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
		}
		return tables;
	}

	/**
	 * Every table and view with the module that owns it, and each view's query.
	 */
	record Schema(Map<String, String> owners, Map<String, String> views) {
	}

	/** Every table and view, with its owner, from the migrations. */
	static Schema schema() {
		Map<String, String> owners = new TreeMap<>();
		Map<String, String> views = new TreeMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			files.sorted(Comparator.comparingInt(TableOwnershipTests::version)).forEach((file) -> {
				Matcher name = MIGRATION.matcher(file.getFileName().toString());
				assertThat(name.matches()).as(file + " is named V<n>__<module>_<what>.sql").isTrue();
				String sql = read(file).replaceAll("--[^\\n]*", "");
				Matcher created = CREATED.matcher(sql);
				while (created.find()) {
					String table = created.group(2).toLowerCase(Locale.ROOT);
					owners.put(table, OWNER_NOT_PREFIX.getOrDefault(table, name.group(1)));
				}
				Matcher view = VIEW_BODY.matcher(sql);
				while (view.find()) {
					views.put(view.group(1).toLowerCase(Locale.ROOT), view.group(2));
				}
				Matcher renamed = RENAMED.matcher(sql);
				while (renamed.find()) {
					String from = renamed.group(1).toLowerCase(Locale.ROOT);
					owners.put(renamed.group(2).toLowerCase(Locale.ROOT), owners.remove(from));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Schema(owners, views);
	}

	private static int version(Path file) {
		return Integer.parseInt(file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
	}

	private static List<Path> javaSources() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter((f) -> f.toString().endsWith(".java") && SOURCES.relativize(f).getNameCount() > 1)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
