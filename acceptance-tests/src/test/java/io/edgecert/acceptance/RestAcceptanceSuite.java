package io.edgecert.acceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every feature, through the REST API, over HTTP, except the launcher's smoke test. The live probe
 * goes through {@code POST /v1/probes} of a server allowed to probe loopback, where the scenarios'
 * Edge and DNS server run.
 */
@Suite
@SuiteDisplayName("Acceptance through the REST API, over HTTP")
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(
    key = GLUE_PROPERTY_NAME,
    value = "io.edgecert.acceptance.steps,io.edgecert.acceptance.driver.rest")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value = "summary,html:target/cucumber/rest.html")
@ExcludeTags("launcher")
public class RestAcceptanceSuite {}
