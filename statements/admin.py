from django.contrib import admin

from .models import Actor, ActorAlias, Event, Source, Statement

admin.site.register([Actor, ActorAlias, Event, Source, Statement])
