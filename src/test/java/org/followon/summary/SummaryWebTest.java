package org.followon.summary;

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
 * The summary module's controller with the app's security rules and the summary service
 * mocked: one test context for all of the module's controller tests. The CSV and PDF
 * helpers are the real ones.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest(SummaryController.class)
@WithSecurityConfiguration
@Import({ SummaryCsv.class, PdfDocuments.class })
@MockitoBean(types = NetworkSummaryService.class)
@interface SummaryWebTest {

}
