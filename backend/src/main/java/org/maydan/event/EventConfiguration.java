package org.maydan.event;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the event API's caps ({@code maydan.events.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventApiProperties.class)
public class EventConfiguration {}
