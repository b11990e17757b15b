"""Login throttling for the editors' admin login (django-axes).

Why axes rather than only a proxy rule: a proxy limits requests per address, so a password
guessed from many addresses (or one editor's account attacked slowly) passes it; axes counts
failures per account and address in the database, whatever proxy runs in front, and locks that
pair out for `AXES_COOLOFF_TIME`. The proxy's `limit_req` (docs/deployment.md) still caps the
request rate per address.
"""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend


class AdminLoginThrottle(AxesStandaloneBackend):
    """Axes' lockout check for logins made through a web request (the admin login form).

    A login without a request is not made from the web (`Client.login` in tests, the shell,
    a management command): axes cannot attribute it to an address, so it is left to the next
    backend instead of failing with `AxesBackendRequestParameterRequired`."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
