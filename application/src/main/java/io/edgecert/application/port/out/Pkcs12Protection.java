package io.edgecert.application.port.out;

/** How a PKCS#12 file is encrypted and its integrity protected. */
public enum Pkcs12Protection {
  /**
   * PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC, HMAC-SHA256 MAC (Windows Server 2019 and later).
   */
  AES_256_SHA_256,
  /** PBE-SHA1-3DES with a SHA-1 MAC, which older Windows Server versions import. */
  TRIPLE_DES_SHA_1
}
