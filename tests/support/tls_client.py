"""A TLS certificate for 127.0.0.1, and an HTTPS client that trusts only it.

    tls_client.py cert DIR        writes DIR/ca.pem, DIR/server.pem (the chain)
                                  and DIR/server.key, from a CA made for the run
    tls_client.py get URL CA      GETs URL trusting only CA; prints the status
                                  and the body, or the error
"""

import pathlib
import ssl
import sys
import urllib.error
import urllib.request


def cert(directory):
    import trustme

    d = pathlib.Path(directory)
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(d / "ca.pem"))
    issued = ca.issue_cert("127.0.0.1", "localhost")
    issued.private_key_pem.write_to_path(str(d / "server.key"))
    with open(d / "server.pem", "wb") as out:
        for pem in issued.cert_chain_pems:
            out.write(pem.bytes())


def get(url, ca):
    context = ssl.create_default_context(cafile=ca)
    try:
        with urllib.request.urlopen(url, context=context, timeout=10) as response:
            print(response.status)
            print(response.read().decode())
    except urllib.error.HTTPError as e:
        print(e.code)
        print(e.read().decode())
    except Exception as e:  # noqa: BLE001 - the test reads what went wrong
        print("error")
        print(e)


if __name__ == "__main__":
    if sys.argv[1] == "cert":
        cert(sys.argv[2])
    else:
        get(sys.argv[2], sys.argv[3])
