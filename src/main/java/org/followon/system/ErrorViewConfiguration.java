package org.followon.system;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The error pages by status (templates/error/403.html, 404.html, 4xx.html...), declared
 * here rather than left to Spring Boot: Boot makes its resolver only when no other
 * {@code ErrorViewResolver} exists, so a module adding one of its own (the import's "file
 * too big" page) would otherwise turn every status page into the general "problem with
 * the service".
 */
@Configuration(proxyBeanMethods = false)
class ErrorViewConfiguration {

	@Bean
	DefaultErrorViewResolver statusErrorViews(ApplicationContext context, WebProperties web) {
		return new DefaultErrorViewResolver(context, web.getResources());
	}

}
