package org.maydan.map;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /embed}: the map alone, for iframes, configured entirely by its URL (the page reads the
 * view, window, filters and language from the query and the hash). It is the frontend's
 * {@code embed.html}, served under a path that the security headers let other sites frame.
 */
@Configuration(proxyBeanMethods = false)
class EmbedPage implements WebMvcConfigurer {

    static final String PATH = "/embed";
    private static final String PAGE = "forward:/embed.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController(PATH).setViewName(PAGE);
    }
}
