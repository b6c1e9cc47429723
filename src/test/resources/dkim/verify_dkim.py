"""Verifies a mail's DKIM signature with dkimpy (Debian's python3-dkim), an implementation independent of
the signer. The public key is given directly instead of from DNS. Usage: verify_dkim.py PUBLIC_KEY_B64 < mail.eml
Prints one line of JSON: {"verified": true|false, "error": "..."}."""
import json
import sys

import dkim

public_key = sys.argv[1].encode("ascii")
message = sys.stdin.buffer.read()


def dns(name, timeout=5):
    return b"v=DKIM1; k=rsa; p=" + public_key


try:
    ok = dkim.verify(message, dnsfunc=dns)
    print(json.dumps({"verified": bool(ok), "error": None}))
except Exception as e:  # a malformed signature is a failure, said in words
    print(json.dumps({"verified": False, "error": str(e)}))
