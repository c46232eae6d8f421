package io.edgecert.x509;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/** The URIs of the CRL distribution points and of the authority information access. */
final class LocationUris {

  private LocationUris() {}

  static List<String> crlDistributionPoints(Extensions extensions) {
    List<String> uris = new ArrayList<>();
    Extension extension = extensions.getExtension(Extension.cRLDistributionPoints);
    if (extension == null) {
      return uris;
    }
    for (DistributionPoint point :
        CRLDistPoint.getInstance(extension.getParsedValue()).getDistributionPoints()) {
      DistributionPointName name = point.getDistributionPoint();
      if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
        addUris(GeneralNames.getInstance(name.getName()).getNames(), uris);
      }
    }
    return uris;
  }

  /** Both caIssuers and OCSP locations, in certificate order. */
  static List<String> authorityInformationAccess(Extensions extensions) {
    List<String> uris = new ArrayList<>();
    AuthorityInformationAccess access = AuthorityInformationAccess.fromExtensions(extensions);
    if (access != null) {
      for (AccessDescription description : access.getAccessDescriptions()) {
        addUris(new GeneralName[] {description.getAccessLocation()}, uris);
      }
    }
    return uris;
  }

  private static void addUris(GeneralName[] names, List<String> uris) {
    for (GeneralName name : names) {
      if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
        uris.add(GeneralNameText.plain(name));
      }
    }
  }
}
