package org.followon.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;

/**
 * Renders a Thymeleaf template to a PDF, so that printable documents are written as the
 * HTML we already write. PDF templates are standalone, well-formed XHTML with their own
 * print CSS; they cannot use {@code @{...}} links, which need a web request, but
 * messages, {@code #temporals} and beans work as on any page.
 *
 * <p>
 * Documents will hold personal data (contact lists), so nothing here logs what is
 * rendered, and the renderer may not fetch anything from outside the document: no remote
 * images, fonts or CSS.
 */
@Service
public class PdfDocuments {

	private static final Log log = LogFactory.getLog(PdfDocuments.class);

	static {
		// The renderer's own logger prints its messages in full; they reach
		// logWithoutContent instead.
		XRLog.setLoggerImpl(new SilentLogger());
	}

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	PdfDocuments(SpringTemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/** The PDF for a template (like "handover/follow-on-groups-pdf") and its model. */
	public byte[] render(String templateName, Map<String, Object> model) {
		String xhtml = this.templates.process(templateName, context(model));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().withHtmlContent(xhtml, null)
				// Inline SVG (the summary's charts), with no script and nothing fetched.
				.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.withDiagnosticConsumer(PdfDocuments::logWithoutContent)
				.toStream(pdf)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the PDF " + templateName, ex);
		}
		return pdf.toByteArray();
	}

	private Context context(Map<String, Object> model) {
		Context context = new Context(Locale.UK, model);
		// Lets templates reach beans (${@name}) as they can on a page.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		return context;
	}

	/**
	 * The renderer's own messages can quote the document (a CSS value, a piece of
	 * markup), so only which message it was is logged.
	 */
	private static void logWithoutContent(Diagnostic diagnostic) {
		if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
			log.warn("PDF renderer: " + diagnostic.getLogMessageId());
		}
		else if (log.isDebugEnabled()) {
			log.debug("PDF renderer: " + diagnostic.getLogMessageId());
		}
	}

	private static final class SilentLogger implements XRLogger {

		@Override
		public void log(String where, Level level, String msg) {
		}

		@Override
		public void log(String where, Level level, String msg, Throwable th) {
		}

		@Override
		public void setLevel(String logger, Level level) {
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			return false;
		}

	}

}
