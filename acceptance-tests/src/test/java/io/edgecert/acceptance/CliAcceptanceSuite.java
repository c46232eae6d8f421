package io.edgecert.acceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every feature, through the command line, in process; only this suite also runs the real
 * ./edgecert launcher (the {@code @launcher} scenario, whose step is in the CLI glue).
 */
@Suite
@SuiteDisplayName("Acceptance through the command line, in process")
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(
    key = GLUE_PROPERTY_NAME,
    value = "io.edgecert.acceptance.steps,io.edgecert.acceptance.driver.cli")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary,html:target/cucumber/cli.html")
public class CliAcceptanceSuite {}
