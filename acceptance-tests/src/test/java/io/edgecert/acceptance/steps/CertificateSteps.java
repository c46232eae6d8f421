package io.edgecert.acceptance.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.edgecert.acceptance.driver.Driver;
import io.edgecert.acceptance.world.CertificateDescription;
import io.edgecert.acceptance.world.World;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The certificates a scenario hands in, described field by field, and their check. */
@ScenarioScoped
public final class CertificateSteps {
  private static final String MEMBER = "member";
  private final World world;
  private final Driver driver;

  @Inject
  public CertificateSteps(World world, Driver driver) {
    this.world = world;
    this.driver = driver;
  }

  /** A table {@code | field | <role> | <role> |}: every field of a well-formed certificate. */
  @Given("certificates are made like this unless a scenario says otherwise:")
  public void baseline(DataTable table) {
    List<String> header = table.row(0);
    for (int column = 1; column < header.size(); column++) {
      Map<String, String> fields = new HashMap<>();
      for (List<String> row : table.rows(1).asLists()) {
        fields.put(row.get(0), row.get(column));
      }
      world.baseline(role(header.get(column)), CertificateDescription.complete(fields));
    }
  }

  @Given("a well-formed {role} certificate")
  public void wellFormed(String role) {
    world.addCertificate(role, world.baseline(role));
  }

  /** A vertical table {@code | field | value |}: the fields that differ from the baseline. */
  @Given("the {role} certificate has:")
  public void certificate(String role, Map<String, String> fields) {
    world.addCertificate(role, world.baseline(role).with(fields));
  }

  /** The certificate of the Background made once and imported on each member: one PFX for all. */
  @Given("one {role} certificate is imported on {names}")
  public void importedOn(String role, List<String> members) {
    world.addCopies(role, world.baseline(role), members);
  }

  /**
   * A table {@code | member | <field> | ... |}: each member's own certificate, made for it alone,
   * with the fields that differ from the baseline.
   */
  @Given("the members' {role} certificates have:")
  public void memberCertificates(String role, List<Map<String, String>> rows) {
    for (Map<String, String> row : rows) {
      Map<String, String> fields = new HashMap<>(row);
      String member = fields.remove(MEMBER);
      if (member == null) {
        throw new IllegalArgumentException("the members' table needs a '" + MEMBER + "' column");
      }
      world.addMemberCertificate(role, member, world.baseline(role).with(fields));
    }
  }

  /** A file that holds no certificate at all, handed in for {@code role}. */
  @Given("a file that holds no certificate is handed in as the {role} certificate")
  public void noCertificate(String role) {
    world.addFile(role, "not a certificate\n");
  }

  @Given("the PKCS#12 password given is wrong")
  public void wrongPassword() {
    world.wrongPassword();
  }

  @When("the certificate is checked")
  @When("the certificates are checked")
  public void check() {
    world.outcome(
        driver.validate(world.topologyText(), world.certificates(), world.trust(), world.now()));
  }

  private static String role(String header) {
    String role = ParameterTypes.ROLES.get(header);
    if (role == null) {
      throw new IllegalArgumentException(
          "unknown role '" + header + "'; known: " + ParameterTypes.ROLES.keySet());
    }
    return role;
  }
}
