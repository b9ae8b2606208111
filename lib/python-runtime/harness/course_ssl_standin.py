"""A stand-in for the `ssl` module, which Pyodide does not ship.

AnyIO, httpx and httpcore import `ssl` and touch a few names at import time
(and httpx builds a default context when a Client is created). The sandbox has
no network, so nothing ever negotiates TLS: these names only need to exist.
"""

import enum
import sys
import types


class SSLError(OSError):
    pass


class SSLZeroReturnError(SSLError):
    pass


class SSLWantReadError(SSLError):
    pass


class SSLWantWriteError(SSLError):
    pass


class SSLSyscallError(SSLError):
    pass


class SSLEOFError(SSLError):
    pass


class SSLCertVerificationError(SSLError, ValueError):
    pass


CertificateError = SSLCertVerificationError


class Purpose(enum.Enum):
    SERVER_AUTH = "1.3.6.1.5.5.7.3.1"
    CLIENT_AUTH = "1.3.6.1.5.5.7.3.2"


class VerifyMode(enum.IntEnum):
    CERT_NONE = 0
    CERT_OPTIONAL = 1
    CERT_REQUIRED = 2


class VerifyFlags(enum.IntFlag):
    VERIFY_DEFAULT = 0
    VERIFY_X509_STRICT = 0x20
    VERIFY_X509_PARTIAL_CHAIN = 0x80000


class Options(enum.IntFlag):
    OP_ALL = 0x80000054
    OP_NO_SSLv2 = 0
    OP_NO_SSLv3 = 0x02000000
    OP_NO_TLSv1 = 0x04000000
    OP_NO_TLSv1_1 = 0x10000000
    OP_NO_COMPRESSION = 0x20000
    OP_IGNORE_UNEXPECTED_EOF = 0x80


class TLSVersion(enum.IntEnum):
    MINIMUM_SUPPORTED = -2
    MAXIMUM_SUPPORTED = -1
    TLSv1_2 = 0x0303
    TLSv1_3 = 0x0304


class _SSLMethod(enum.IntEnum):
    PROTOCOL_TLS_CLIENT = 16
    PROTOCOL_TLS_SERVER = 17


PROTOCOL_TLS_CLIENT = _SSLMethod.PROTOCOL_TLS_CLIENT
PROTOCOL_TLS_SERVER = _SSLMethod.PROTOCOL_TLS_SERVER
CERT_NONE, CERT_OPTIONAL, CERT_REQUIRED = VerifyMode
OP_ALL = Options.OP_ALL
OP_NO_SSLv2 = Options.OP_NO_SSLv2
OP_NO_SSLv3 = Options.OP_NO_SSLv3
OP_NO_TLSv1 = Options.OP_NO_TLSv1
OP_NO_TLSv1_1 = Options.OP_NO_TLSv1_1
OP_NO_COMPRESSION = Options.OP_NO_COMPRESSION
OP_IGNORE_UNEXPECTED_EOF = Options.OP_IGNORE_UNEXPECTED_EOF
VERIFY_X509_STRICT = VerifyFlags.VERIFY_X509_STRICT
VERIFY_X509_PARTIAL_CHAIN = VerifyFlags.VERIFY_X509_PARTIAL_CHAIN
HAS_ALPN = False
HAS_SNI = False
HAS_NEVER_CHECK_COMMON_NAME = False
OPENSSL_VERSION = "none (Python sandbox without TLS)"


class SSLContext:
    """Accepts configuration and refuses any actual use."""

    def __init__(self, protocol=PROTOCOL_TLS_CLIENT, *args, **kwargs):
        self.protocol = protocol
        self.verify_mode = CERT_REQUIRED
        self.check_hostname = True
        self.options = OP_ALL
        self.verify_flags = VerifyFlags.VERIFY_DEFAULT
        self.minimum_version = TLSVersion.MINIMUM_SUPPORTED
        self.maximum_version = TLSVersion.MAXIMUM_SUPPORTED
        self.post_handshake_auth = False
        self.keylog_filename = None

    def load_verify_locations(self, *args, **kwargs):
        pass

    def load_default_certs(self, *args, **kwargs):
        pass

    def load_cert_chain(self, *args, **kwargs):
        pass

    def set_ciphers(self, *args, **kwargs):
        pass

    def set_alpn_protocols(self, *args, **kwargs):
        pass

    def set_default_verify_paths(self):
        pass

    def wrap_socket(self, *args, **kwargs):
        raise SSLError("TLS is not available in the Python sandbox (it has no network)")

    wrap_bio = wrap_socket


class SSLSocket:
    pass


class SSLObject:
    pass


class MemoryBIO:
    pass


def create_default_context(purpose=Purpose.SERVER_AUTH, *args, **kwargs):
    return SSLContext(PROTOCOL_TLS_CLIENT if purpose == Purpose.SERVER_AUTH else PROTOCOL_TLS_SERVER)


def install():
    """Registers this module as `ssl` unless a real one is importable."""
    if "ssl" in sys.modules:
        return
    try:
        import ssl  # noqa: F401  (a real ssl wins when Pyodide has one)
        return
    except ImportError:
        pass
    module = types.ModuleType("ssl", __doc__)
    for name, value in globals().items():
        if not name.startswith("__") and name != "install":
            setattr(module, name, value)
    sys.modules["ssl"] = module
