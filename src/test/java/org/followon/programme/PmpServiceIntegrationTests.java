package org.followon.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.account.TestUsers;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PMP service and its queries on real PostgreSQL, each test rolled back. */
@IntegrationTest
@Transactional
class PmpServiceIntegrationTests {

	@Autowired
	private PmpService service;

	@Autowired
	private PmpRepository pmps;

	@Autowired
	private Accounts accounts;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private jakarta.persistence.EntityManager entityManager;

	private SignedInUser clinician;

	private SignedInUser ptv;

	private final SignedInUser staff = TestUsers.signedIn(900_001, Role.STAFF);

	private final SignedInUser otherClinician = TestUsers.signedIn(900_002, Role.CLINICIAN);

	@BeforeEach
	void demoPeople() {
		this.clinician = TestUsers.signedIn(this.accounts.byEmail("clinician@example.org").orElseThrow().id(),
				Role.CLINICIAN);
		this.ptv = TestUsers.signedIn(this.accounts.byEmail("ptv@example.org").orElseThrow().id(), Role.PTV);
	}

	private long newPmp() {
		List<Facilitator> team = this.service.facilitators(List.of(this.clinician.accountId()),
				List.of(this.ptv.accountId()));
		return this.service.create(
				new PmpPlan("PMP Service Test", "Hillside", LocalDate.of(2027, 3, 2), 10, LocalTime.of(13, 30), team),
				this.clinician);
	}

	private void flushAndClear() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void createsThePmpWithItsSessionsAndTeam() {
		long id = newPmp();
		flushAndClear();
		PmpViews.Detail detail = this.service.detail(id, this.clinician);
		assertThat(detail.sessions()).extracting(PmpViews.SessionRow::number)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(detail.sessions()).filteredOn(PmpViews.SessionRow::closurePhase)
			.extracting(PmpViews.SessionRow::number)
			.containsExactly(8, 9, 10);
		assertThat(detail.clinicians()).containsExactly("Dr Asha Patel");
		assertThat(detail.ptvs()).containsExactly("Gwen Roberts");
		assertThat(detail.endTime()).isEqualTo(LocalTime.of(16, 30));
	}

	@Test
	void onlyFacilitatorsAndStaffSeeAPmpAndOnlyItsCliniciansAndStaffChangeIt() {
		long id = newPmp();
		assertThat(this.service.detail(id, this.ptv).canManage()).isFalse();
		assertThat(this.service.detail(id, this.clinician).canManage()).isTrue();
		assertThat(this.service.detail(id, this.staff).canManage()).isTrue();
		assertThatThrownBy(() -> this.service.detail(id, this.otherClinician))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.cancelSession(id, 2, 0, this.ptv))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.detail(Long.MAX_VALUE, this.staff)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void myPmpsListsOnlyThoseIFacilitate() {
		long id = newPmp();
		assertThat(this.service.visibleTo(this.ptv)).extracting(PmpViews.Row::id).contains(id);
		assertThat(this.service.visibleTo(this.otherClinician)).isEmpty();
		assertThat(this.service.visibleTo(this.staff)).extracting(PmpViews.Row::id).contains(id);
	}

	@Test
	void theListLoadsEveryPmpWithItsSessionsInOneQuery() {
		newPmp();
		newPmp();
		flushAndClear();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		List<PmpViews.Row> rows = this.service.visibleTo(this.staff);
		assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
	}

	@Test
	void aStaleVersionIsAnEditClashAndChangesNothing() {
		long id = newPmp();
		flushAndClear();
		long version = this.pmps.findById(id).orElseThrow().getVersion();
		PmpDetailsForm first = new PmpDetailsForm("Renamed once", "Hillside", "09:30",
				List.of(this.clinician.accountId()), List.of(), version);
		this.service.changeDetails(id, first, this.service.facilitators(first.clinicianIds(), first.ptvIdsOrEmpty()),
				this.clinician);
		flushAndClear();
		PmpDetailsForm stale = new PmpDetailsForm("Renamed twice", "Hillside", "09:30",
				List.of(this.clinician.accountId()), List.of(), version);
		assertThatThrownBy(() -> this.service.changeDetails(id, stale, List.of(), this.staff))
			.isInstanceOf(EditClashException.class);
		flushAndClear();
		PmpViews.Detail detail = this.service.detail(id, this.staff);
		assertThat(detail.name()).isEqualTo("Renamed once");
		assertThat(detail.startTime()).isEqualTo(LocalTime.of(9, 30));
	}

	@Test
	void movesCancelsAndReinstatesSessions() {
		long id = newPmp();
		flushAndClear();
		this.service.moveSession(id, 4, LocalDate.of(2027, 3, 24), 0, this.clinician);
		this.service.cancelSession(id, 9, 0, this.staff);
		flushAndClear();
		PmpViews.Detail detail = this.service.detail(id, this.clinician);
		assertThat(detail.sessions().get(3).date()).isEqualTo(LocalDate.of(2027, 3, 24));
		assertThat(detail.sessions().get(3).moved()).isTrue();
		assertThat(detail.sessions()).filteredOn(PmpViews.SessionRow::closurePhase)
			.extracting(PmpViews.SessionRow::number)
			.containsExactly(7, 8, 10);
		this.service.reinstateSession(id, 9, 1, this.clinician);
		flushAndClear();
		assertThat(this.service.detail(id, this.clinician).sessions().get(8).cancelled()).isFalse();
	}

	@Test
	void enrolsChangesAndWithdrawsParticipantsKeepingTheirHistory() {
		long id = newPmp();
		long participantId = this.service.enrol(id, new ParticipantForm("Joan Wright", "Jo", "jo@example.org",
				"+44 7700 900456", Gender.WOMAN, AgeBand.FROM_60_TO_69, null)
			.details(), this.clinician);
		flushAndClear();
		PmpViews.ParticipantRow enrolled = this.service.detail(id, this.clinician).enrolled().get(0);
		assertThat(enrolled.mobile()).isEqualTo("07700 900456");
		assertThat(enrolled.ageBand()).isEqualTo(AgeBand.FROM_60_TO_69);

		this.service.withdraw(id, participantId, enrolled.version(), this.clinician);
		flushAndClear();
		PmpViews.Detail detail = this.service.detail(id, this.clinician);
		assertThat(detail.enrolled()).isEmpty();
		assertThat(detail.withdrawn()).extracting(PmpViews.ParticipantRow::name).containsExactly("Joan Wright");
		assertThat(detail.withdrawn().get(0).withdrawnOn()).isNotNull();

		assertThatThrownBy(() -> this.service.participant(id + 1, participantId, this.staff))
			.isInstanceOfAny(NotFoundException.class);
	}

	@Test
	void facilitatorsMustBeClinicianAndPtvAccounts() {
		assertThat(this.service.facilitators(List.of(this.ptv.accountId()), List.of())).isNull();
		assertThat(this.service.facilitators(List.of(this.clinician.accountId()), List.of(this.clinician.accountId())))
			.isNull();
		assertThat(this.service.facilitators(List.of(this.clinician.accountId()), List.of(this.ptv.accountId())))
			.hasSize(2);
	}

}
