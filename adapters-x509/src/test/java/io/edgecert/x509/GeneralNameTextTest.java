package io.edgecert.x509;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;

/** How each kind of subject alternative name is written where a finding shows it. */
class GeneralNameTextTest {

  @Test
  void givenDirectoryName_typed_writesItInRfc4514Form() {
    GeneralName name =
        new GeneralName(GeneralName.directoryName, new X500Name("CN=sip.contoso.com,O=Contoso"));

    assertThat(GeneralNameText.typed(name))
        .as("RFC 4514 writes the last RDN of the encoding first")
        .isEqualTo("DirName:O=Contoso,CN=sip.contoso.com");
  }

  @Test
  void givenRegisteredId_typed_writesTheOid() {
    GeneralName name =
        new GeneralName(GeneralName.registeredID, new ASN1ObjectIdentifier("1.2.3.4"));

    assertThat(GeneralNameText.typed(name)).isEqualTo("RID:1.2.3.4");
  }

  @Test
  void givenX400AddressOrEdiPartyName_typed_namesTheKindOnly() {
    GeneralName x400 =
        new GeneralName(GeneralName.x400Address, new DERSequence(new DERUTF8String("x")));
    GeneralName edi =
        new GeneralName(GeneralName.ediPartyName, new DERSequence(new DERUTF8String("y")));

    assertThat(GeneralNameText.typed(x400)).isEqualTo("x400Address");
    assertThat(GeneralNameText.typed(edi)).isEqualTo("ediPartyName");
  }

  @Test
  void givenIpv6WithTwoZeroRunsOfOne_typed_compressesNeither() {
    byte[] octets = {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1};

    assertThat(
            GeneralNameText.typed(
                new GeneralName(
                    GeneralName.iPAddress, new org.bouncycastle.asn1.DEROctetString(octets))))
        .isEqualTo("IP:2001:db8:0:1:1:0:1:1");
  }
}
