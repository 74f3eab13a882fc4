"""toponyms: one stable id for every spelling of a place, person or organisation, and who uses which name.

The public API is small::

    from toponyms import Gazetteer
    gaz = Gazetteer.default()            # build once (cached on disk), then share across threads
    gaz.entity("geonames:713174")        # Bakhmut, with every name, language, party and date

Importing the package is light: heavy libraries load only when used.
"""

from .errors import GazetteerError as GazetteerError
from .errors import ToponymsError as ToponymsError
from .errors import UsageError as UsageError
from .gazetteer import Gazetteer as Gazetteer
from .model import Entity as Entity
from .model import Name as Name
from .model import Party as Party
from .model import Source as Source
from .model import Usage as Usage

__all__ = ["Entity", "Gazetteer", "GazetteerError", "Name", "Party", "Source", "ToponymsError", "Usage", "UsageError"]
