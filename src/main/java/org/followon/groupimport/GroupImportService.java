package org.followon.groupimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.group.GroupImports;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing groups that met before the app: an upload is read and every row checked; if
 * all is well it is kept and previewed; confirming applies it through
 * {@link GroupImports} if it would still do what the preview showed. Staff only.
 */
@Service
@Transactional(readOnly = true)
class GroupImportService {

	/** Uploads nobody confirmed are removed after this long. */
	private static final Duration KEPT_UNCONFIRMED = Duration.ofDays(7);

	/**
	 * One import at a time: a PostgreSQL advisory lock, held until the confirming
	 * transaction ends.
	 */
	private static final long LOCK = 0x466f6c6c6f77L;

	private final GroupImportRepository uploads;

	private final GroupImports imports;

	private final ImportPlanner planner;

	private final JdbcClient jdbc;

	private final Clock clock;

	GroupImportService(GroupImportRepository uploads, GroupImports imports, ImportPlanner planner, JdbcClient jdbc,
			Clock clock) {
		this.uploads = uploads;
		this.imports = imports;
		this.planner = planner;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An upload checked: its id if it was kept, or what is wrong with it. */
	record Uploaded(Long id, ImportProblems problems) {
	}

	/**
	 * An upload as its page shows it: waiting (with its plan or its problems), or
	 * confirmed.
	 */
	record ImportPage(Upload upload, ImportPlan plan, ImportProblems problems, LocalDate sameFilesImportedOn,
			List<GroupImports.Current> groups) {
	}

	/** An upload as its page shows it; the counts once confirmed. */
	record Upload(long id, String groupsFileName, String meetingsFileName, boolean confirmed, Integer groupsCreated,
			Integer groupsUpdated, Integer meetingsRecorded) {

		static Upload of(GroupImport upload) {
			return new Upload(upload.getId(), upload.getGroupsFileName(), upload.getMeetingsFileName(),
					upload.isConfirmed(), upload.getGroupsCreated(), upload.getGroupsUpdated(),
					upload.getMeetingsRecorded());
		}

	}

	@Transactional
	Uploaded upload(MultipartFile groupsFile, MultipartFile meetingsFile, SignedInUser user) {
		staffOnly(user);
		ImportProblems problems = new ImportProblems();
		ImportUpload groups = read(ImportFile.GROUPS, groupsFile, problems);
		ImportUpload meetings = read(ImportFile.MEETINGS, meetingsFile, problems);
		if (!problems.any() && groups == null && meetings == null) {
			problems.add(ImportFile.GROUPS, 0, "none");
		}
		if (problems.any()) {
			return new Uploaded(null, problems);
		}
		ImportCheck.Checked checked = check(groups == null ? null : groups.text(),
				meetings == null ? null : meetings.text(), problems);
		if (!checked.ok()) {
			return new Uploaded(null, problems);
		}
		this.uploads.deleteUnconfirmedBefore(this.clock.instant().minus(KEPT_UNCONFIRMED));
		GroupImport saved = this.uploads
			.save(new GroupImport(groups, meetings, user.accountId(), this.clock.instant()));
		return new Uploaded(saved.getId(), problems);
	}

	ImportPage page(long id, SignedInUser user) {
		staffOnly(user);
		GroupImport upload = upload(id);
		if (upload.isConfirmed()) {
			Set<String> ids = externalIds(upload);
			List<GroupImports.Current> groups = this.imports.current(ids)
				.values()
				.stream()
				.sorted(Comparator.comparing((c) -> c.group().name()))
				.toList();
			return new ImportPage(Upload.of(upload), null, null, null, groups);
		}
		ImportProblems problems = new ImportProblems();
		ImportCheck.Checked checked = check(upload.getGroupsCsv(), upload.getMeetingsCsv(), problems);
		ImportPlan plan = checked.ok() ? plan(upload, checked) : null;
		return new ImportPage(Upload.of(upload), plan, problems,
				this.uploads
					.findFirstByContentHashAndConfirmedAtIsNotNullOrderByConfirmedAtDesc(upload.getContentHash())
					.map((before) -> LocalDate.ofInstant(before.getConfirmedAt(), this.clock.getZone()))
					.orElse(null),
				List.of());
	}

	/**
	 * Applies the upload if it is still waiting and would change exactly what the preview
	 * (with this fingerprint) showed; otherwise the 409 page leads back to its page,
	 * which shows what it would do now.
	 */
	@Transactional
	void confirm(long id, String fingerprint, SignedInUser user) {
		staffOnly(user);
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
		GroupImport upload = upload(id);
		String wayForward = "/network/imports/" + id;
		if (upload.isConfirmed()) {
			throw new EditClashException(wayForward);
		}
		ImportCheck.Checked checked = check(upload.getGroupsCsv(), upload.getMeetingsCsv(), new ImportProblems());
		ImportPlan plan = checked.ok() ? plan(upload, checked) : null;
		if (plan == null || !plan.fingerprint().equals(fingerprint)) {
			throw new EditClashException(wayForward);
		}
		this.imports.apply(checked.groups(), checked.meetings(), user.accountId());
		upload.confirmed(user.accountId(), this.clock.instant(), (int) plan.count(ImportPlan.Change.NEW),
				(int) plan.count(ImportPlan.Change.UPDATED), plan.meetingsAdded() + plan.meetingsUpdated());
	}

	private ImportPlan plan(GroupImport upload, ImportCheck.Checked checked) {
		return this.planner.plan(upload.getContentHash(), checked.groups(), checked.meetings());
	}

	private ImportCheck.Checked check(String groupsText, String meetingsText, ImportProblems problems) {
		return ImportCheck.check(groupsText, meetingsText, LocalDate.now(this.clock), this::startedOn, problems);
	}

	private Map<String, LocalDate> startedOn(Collection<String> externalIds) {
		return this.imports.current(externalIds)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().group().startedOn()));
	}

	/** The external ids an upload names (its groups, and the groups of its meetings). */
	private static Set<String> externalIds(GroupImport upload) {
		Set<String> ids = new LinkedHashSet<>();
		ImportProblems ignored = new ImportProblems();
		Optional.ofNullable(upload.getGroupsCsv())
			.ifPresent((text) -> ImportSheet.rows(ImportFile.GROUPS, text, ignored)
				.forEach((row) -> ids.add(row.cell("external_id"))));
		Optional.ofNullable(upload.getMeetingsCsv())
			.ifPresent((text) -> ImportSheet.rows(ImportFile.MEETINGS, text, ignored)
				.forEach((row) -> ids.add(row.cell("group_external_id"))));
		return ids;
	}

	private static ImportUpload read(ImportFile file, MultipartFile upload, ImportProblems problems) {
		if (upload == null || (upload.isEmpty()
				&& (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()))) {
			return null;
		}
		if (upload.isEmpty()) {
			problems.add(file, 0, "empty");
			return null;
		}
		try {
			String text = ImportSheet.text(file, upload.getBytes(), problems);
			String name = upload.getOriginalFilename() == null ? file.field() + ".csv" : upload.getOriginalFilename();
			return text == null ? null : new ImportUpload(name.length() > 255 ? name.substring(0, 255) : name, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private GroupImport upload(long id) {
		return this.uploads.findById(id).orElseThrow(() -> new NotFoundException("Import", id));
	}

	private static void staffOnly(SignedInUser user) {
		if (!user.has(Role.STAFF)) {
			throw new AccessDeniedException("Imports are for staff");
		}
	}

}
