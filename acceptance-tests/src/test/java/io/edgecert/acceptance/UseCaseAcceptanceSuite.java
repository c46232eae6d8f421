package io.edgecert.acceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** Every feature, through the use cases, in process (all but the launcher's smoke test). */
@Suite
@SuiteDisplayName("Acceptance through the use cases, in process")
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(
    key = GLUE_PROPERTY_NAME,
    value = "io.edgecert.acceptance.steps,io.edgecert.acceptance.driver.usecase")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value = "summary,html:target/cucumber/use-case.html")
@ExcludeTags("launcher")
public class UseCaseAcceptanceSuite {}
