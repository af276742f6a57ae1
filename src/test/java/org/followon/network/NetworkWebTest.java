package org.followon.network;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.followon.account.WithSecurityConfiguration;
import org.followon.system.PdfDocuments;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The network module's controllers with the app's security rules and the services they
 * call mocked: one test context for all of the module's controller tests. The pages, CSV
 * and PDF helpers are the real ones.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest({ DashboardController.class, ImportController.class, NetworkController.class,
		NetworkMeetingController.class, NetworkMeetingNotesController.class, NetworkMeetingRsvpController.class,
		SummaryController.class })
@WithSecurityConfiguration
@Import({ ImportPages.class, SummaryCsv.class, PdfDocuments.class })
@MockitoBean(types = { Dashboard.class, GroupImportService.class, NetworkMeetingService.class,
		NetworkMeetingSharing.class, NetworkMeetingRsvps.class, NetworkSummaryService.class })
@interface NetworkWebTest {

}
