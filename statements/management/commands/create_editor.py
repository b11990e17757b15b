"""Create a staff account in the Editors group: `manage.py create_editor USERNAME`."""

import sys

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from statements.curation import EDITORS_GROUP, create_editor


class Command(BaseCommand):
    help = (
        "Create a staff user in the Editors group and print its generated password once "
        "(or read the password from standard input)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="", help="The editor's e-mail address.")
        parser.add_argument(
            "--password-stdin",
            action="store_true",
            help="Read the password from the first line of standard input instead of generating one.",
        )
        parser.add_argument(
            "--if-no-users",
            action="store_true",
            help="Do nothing when any user already exists (for `make demo`).",
        )

    def handle(self, *args, username, email, password_stdin, if_no_users, **options):
        User = get_user_model()
        if if_no_users and User.objects.exists():
            self.stdout.write("Users already exist; no editor created.")
            return
        if User.objects.filter(username=username).exists():
            raise CommandError(f"A user named {username!r} already exists.")
        if not Group.objects.filter(name=EDITORS_GROUP).exists():
            raise CommandError(f"The {EDITORS_GROUP} group is missing; run `manage.py migrate`.")

        password = None
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
            if not password:
                raise CommandError("No password on standard input.")
            try:
                password_validation.validate_password(password, User(username=username))
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from error

        user, password_used = create_editor(username=username, email=email, password=password)
        self.stdout.write(self.style.SUCCESS(f"Created editor {user.get_username()!r}."))
        if not password_stdin:
            self.stdout.write(f"Password (shown once, store it now): {password_used}")
